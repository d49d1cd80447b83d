<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Cartera %1&lt;/h3&gt;&lt;p&gt;Customer portfolios as a flow: lifecycle stages, cohort flow, Pareto 80/20 and the recovery of lost customers.&lt;/p&gt;&lt;p&gt;Built on Qt %2 and SQLite %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence.&lt;/b&gt; Cartera&apos;s source code is under the MIT licence. This program links Qt Charts, which is licensed under the GNU General Public License version 3 only; the program as a whole is therefore distributed under the terms of the GPL version 3, and whoever passes it on must offer its source under those terms. Qt&apos;s other modules are under the GNU LGPL version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cartera %1&lt;/h3&gt;&lt;p&gt;La cartera de clientes como un flujo: etapas del ciclo de vida, flujo de cohortes, Pareto 80/20 y la recuperación de clientes perdidos.&lt;/p&gt;&lt;p&gt;Construido con Qt %2 y SQLite %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencia.&lt;/b&gt; El código fuente de Cartera está bajo la licencia MIT. Este programa enlaza Qt Charts, que se distribuye solo bajo la Licencia Pública General de GNU versión 3; por eso el programa en su conjunto se distribuye bajo los términos de la GPL versión 3, y quien lo redistribuya debe ofrecer su código fuente en esos términos. Los demás módulos de Qt están bajo la GNU LGPL versión 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Cartera</source>
        <translation>Acerca de Cartera</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Saved &amp;list:</source>
        <translation>&amp;Lista guardada:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>e.g. 10 % off the spring collection</source>
        <translation>p. ej. 10 % de descuento en la colección de primavera</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>C&amp;ontrol group:</source>
        <translation>Grupo de &amp;control:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Evaluation window:</source>
        <translation>&amp;Ventana de evaluación:</translation>
    </message>
    <message>
        <source>S&amp;eed of the draw:</source>
        <translation>S&amp;emilla del sorteo:</translation>
    </message>
    <message>
        <source>The control group is drawn at random (the same seed draws the same customers) and is not contacted; everyone else gets a contact logged on the start day.</source>
        <translation>El grupo de control se sortea al azar (la misma semilla sortea los mismos clientes) y no se contacta; a todos los demás se les registra un contacto el día de inicio.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cartera: a customer portfolio as a flow. Lifecycle stages, cohort flow, Pareto 80/20 and the recovery of lost customers.</source>
        <translation>Cartera: la cartera de clientes como un flujo. Etapas del ciclo de vida, flujo de cohortes, Pareto 80/20 y recuperación de clientes perdidos.</translation>
    </message>
    <message>
        <source>A portfolio (.cartera) to open, or a CSV file to import</source>
        <translation>Una cartera (.cartera) que abrir, o un archivo CSV que importar</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Indique como mucho un archivo que abrir.</translation>
    </message>
</context>
<context>
    <name>CustomerContactForm</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Birthday (YYYY-MM-DD)</source>
        <translation>Cumpleaños (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Customer since (YYYY-MM-DD)</source>
        <translation>Cliente desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Referred by (customer id)</source>
        <translation>Recomendado por (id de cliente)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>region or city</source>
        <translation>región o ciudad</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>size band</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>customer id</source>
        <translation>id de cliente</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>cliente desde</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>recomendado por</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>size band</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>task text</source>
        <translation>texto de la tarea</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation>nombre de la campaña</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>list name</source>
        <translation>nombre de la lista</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>adolescent from (months)</source>
        <translation>adolescente desde (meses)</translation>
    </message>
    <message>
        <source>mature from (months)</source>
        <translation>maduro desde (meses)</translation>
    </message>
    <message>
        <source>veteran from (months)</source>
        <translation>veterano desde (meses)</translation>
    </message>
    <message>
        <source>at risk after (days)</source>
        <translation>en riesgo tras (días)</translation>
    </message>
    <message>
        <source>lost after (days)</source>
        <translation>perdido tras (días)</translation>
    </message>
    <message>
        <source>cadence factor</source>
        <translation>factor de cadencia</translation>
    </message>
    <message>
        <source>Pareto cut</source>
        <translation>corte de Pareto</translation>
    </message>
    <message>
        <source>class B cut</source>
        <translation>corte de la clase B</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>CLV horizon (months)</source>
        <translation>horizonte del CLV (meses)</translation>
    </message>
    <message>
        <source>monthly discount</source>
        <translation>descuento mensual</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a pipe or a device).</source>
        <translation>«%1» no es un archivo normal (es una tubería o un dispositivo).</translation>
    </message>
    <message>
        <source>“%1” is a database (a portfolio?); it is not overwritten with a report. Choose another file name.</source>
        <translation>«%1» es una base de datos (¿una cartera?); no se sobrescribe con un informe. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot start a workbook in %1.</source>
        <translation>No se puede crear un libro en %1.</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>No se puede escribir el libro %1: %2</translation>
    </message>
    <message>
        <source>%1: a spreadsheet holds at most %2 rows below its header, and this table has %3. Filter it first, or export CSV.</source>
        <translation>%1: una hoja de cálculo admite como mucho %2 filas bajo la cabecera, y esta tabla tiene %3. Fíltrela antes o exporte a CSV.</translation>
    </message>
    <message>
        <source>The UTF-16 text ends in the middle of a character.</source>
        <translation>El texto UTF-16 termina a mitad de un carácter.</translation>
    </message>
    <message>
        <source>Invalid UTF-16 (an unpaired surrogate at byte %1).</source>
        <translation>UTF-16 no válido (un sustituto sin pareja en el byte %1).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; choose its encoding.</source>
        <translation>El archivo no es UTF-8 válido; elija su codificación.</translation>
    </message>
    <message>
        <source>The file holds a NUL byte: it is binary, or text in an encoding other than UTF-8 or Windows-1252.</source>
        <translation>El archivo contiene un byte NUL: es binario, o texto en una codificación distinta de UTF-8 o Windows-1252.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Un campo entre comillas no se cierra nunca.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>Texto inesperado tras unas comillas de cierre.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named “%3”: the %4 column cannot be told.</source>
        <translation>Las columnas %1 y %2 se llaman ambas «%3»: no se sabe cuál es la columna de %4.</translation>
    </message>
    <message>
        <source>Unknown column role “%1”.</source>
        <translation>Papel de columna desconocido: «%1».</translation>
    </message>
    <message>
        <source>No column “%1” for %2 (the file has %3 columns).</source>
        <translation>No hay columna «%1» para %2 (el archivo tiene %3 columnas).</translation>
    </message>
    <message>
        <source>No %1 column.</source>
        <translation>Falta la columna de %1.</translation>
    </message>
    <message>
        <source>No amount column (or unit price column).</source>
        <translation>Falta la columna de importe (o la de precio unitario).</translation>
    </message>
    <message>
        <source>Every date fits both day/month and month/day order, such as this one: the date format must be chosen.</source>
        <translation>Todas las fechas encajan tanto en el orden día/mes como en mes/día, como esta: hay que elegir el formato de fecha.</translation>
    </message>
    <message>
        <source>The date is not in a known format (YYYY-MM-DD, YYYYMMDD, D.M.YYYY, D/M/YYYY or M/D/YYYY, a time of day may follow).</source>
        <translation>La fecha no está en un formato conocido (AAAA-MM-DD, AAAAMMDD, D.M.AAAA, D/M/AAAA o M/D/AAAA, puede seguir una hora).</translation>
    </message>
    <message>
        <source>Expected %1 columns, found %2.</source>
        <translation>Se esperaban %1 columnas y hay %2.</translation>
    </message>
    <message>
        <source>The %1 is not a date in the chosen format.</source>
        <translation>El campo %1 no es una fecha en el formato elegido.</translation>
    </message>
    <message>
        <source>The %1 is not a date in the format %2.</source>
        <translation>El campo %1 no es una fecha en el formato %2.</translation>
    </message>
    <message>
        <source>The %1 is not an amount with decimal separator “%2” and at most %3 decimals.</source>
        <translation>El campo %1 no es un importe con separador decimal «%2» y como mucho %3 decimales.</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>El campo %1 está vacío.</translation>
    </message>
    <message>
        <source>The quantity is not a number with at most 3 decimals.</source>
        <translation>La cantidad no es un número con como mucho 3 decimales.</translation>
    </message>
    <message>
        <source>Quantity × unit price is too large.</source>
        <translation>Cantidad × precio unitario es demasiado grande.</translation>
    </message>
    <message>
        <source>The order’s total is too large.</source>
        <translation>El total del pedido es demasiado grande.</translation>
    </message>
    <message>
        <source>The source must be directory, list, press, event, web or referral.</source>
        <translation>El origen debe ser directorio, lista, prensa, evento, web o recomendación.</translation>
    </message>
    <message>
        <source>“Referred by” names no known customer.</source>
        <translation>«Recomendado por» no nombra a ningún cliente conocido.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters (%3).</source>
        <translation>El campo %1 tiene más de %2 caracteres (%3).</translation>
    </message>
    <message>
        <source>The channel must be call, e-mail, letter, visit or SMS (not “%1”).</source>
        <translation>El canal debe ser llamada, correo electrónico, carta, visita o SMS (no «%1»).</translation>
    </message>
    <message>
        <source>The direction must be in or out (not “%1”).</source>
        <translation>La dirección debe ser entrante o saliente (no «%1»).</translation>
    </message>
    <message>
        <source>The source must be directory, list, press, event, web or referral (not “%1”).</source>
        <translation>El origen debe ser directorio, lista, prensa, evento, web o recomendación (no «%1»).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (not “%4”).</source>
        <translation>«%1» debe ser un número entero de %2 a %3 (no «%4»).</translation>
    </message>
    <message>
        <source>%1 must be a fraction above 0 and at most 1, such as 0.8 or 80% (not “%2”).</source>
        <translation>«%1» debe ser una fracción mayor que 0 y como mucho 1, como 0.8 u 80% (no «%2»).</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR (not “%1”).</source>
        <translation>La moneda debe ser un código ISO 4217 de tres letras, como EUR (no «%1»).</translation>
    </message>
    <message>
        <source>Unknown setting “%1”.</source>
        <translation>Ajuste desconocido: «%1».</translation>
    </message>
    <message>
        <source>Stage boundaries must rise: adolescent &lt; mature &lt; veteran.</source>
        <translation>Los límites de las etapas deben crecer: adolescente &lt; maduro &lt; veterano.</translation>
    </message>
    <message>
        <source>The class B cut must not be below the Pareto cut.</source>
        <translation>El corte de la clase B no puede ser menor que el corte de Pareto.</translation>
    </message>
    <message>
        <source>%1 must be on or off (not “%2”).</source>
        <translation>«%1» debe ser on u off (no «%2»).</translation>
    </message>
    <message>
        <source>%1 must be off or a whole number from %2 to %3 (not “%4”).</source>
        <translation>«%1» debe ser off o un número entero de %2 a %3 (no «%4»).</translation>
    </message>
    <message>
        <source>No rule setting “%1”.</source>
        <translation>No existe el ajuste de regla «%1».</translation>
    </message>
    <message>
        <source>%1 line %2 (“%3”): expected “%4”.</source>
        <translation>%1, línea %2 («%3»): se esperaba «%4».</translation>
    </message>
    <message>
        <source>%1 line %2 (“%3”): a name is needed.</source>
        <translation>%1, línea %2 («%3»): falta un nombre.</translation>
    </message>
    <message>
        <source>Segment line %1 (“%2”): “Others” is what no row matches; it cannot be a row.</source>
        <translation>Segmento, línea %1 («%2»): «Others» es lo que no encaja en ninguna fila; no puede ser una fila.</translation>
    </message>
    <message>
        <source>Segment line %1 (“%2”): “%3” is not a range such as R4-5 (scores 1 to 5).</source>
        <translation>Segmento, línea %1 («%2»): «%3» no es un intervalo como R4-5 (puntuaciones de 1 a 5).</translation>
    </message>
    <message>
        <source>Segment line %1 (“%2”): %3 is given twice.</source>
        <translation>Segmento, línea %1 («%2»): %3 aparece dos veces.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): “%3” is not an amount such as 250.00.</source>
        <translation>Nivel, línea %1 («%2»): «%3» no es un importe como 250.00.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): “%3” is not a number of purchase days from 0 to 366.</source>
        <translation>Nivel, línea %1 («%2»): «%3» no es un número de días de compra de 0 a 366.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): a tier must ask at least what %3 asks.</source>
        <translation>Nivel, línea %1 («%2»): un nivel debe exigir al menos lo que exige %3.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): at most 100 tiers.</source>
        <translation>Nivel, línea %1 («%2»): como mucho 100 niveles.</translation>
    </message>
    <message>
        <source>The %1 table has no rows.</source>
        <translation>La tabla de %1 no tiene filas.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3.</source>
        <translation>%1 «%2» no es ninguno de estos: %3.</translation>
    </message>
    <message>
        <source>“%1” is not key=value.</source>
        <translation>«%1» no tiene la forma clave=valor.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>No existe el segmento «%1».</translation>
    </message>
    <message>
        <source>There is no tier “%1”.</source>
        <translation>No existe el nivel «%1».</translation>
    </message>
    <message>
        <source>Unknown key “%1” (stage, activity, class, owner, segment, tier, text).</source>
        <translation>Clave desconocida «%1» (stage, activity, class, owner, segment, tier, text).</translation>
    </message>
    <message>
        <source>Cannot create the portfolio “%1”: %2</source>
        <translation>No se puede crear la cartera «%1»: %2</translation>
    </message>
    <message>
        <source>The portfolio “%1” is locked: another program (Cartera or cartera-cli) has been writing to it for longer than Cartera waits. Nothing was changed. Try again when it has finished.</source>
        <translation>La cartera «%1» está bloqueada: otro programa (Cartera o cartera-cli) lleva escribiendo en ella más tiempo del que Cartera espera. No se ha cambiado nada. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The portfolio “%1” is read-only; nothing was changed.</source>
        <translation>La cartera «%1» es de solo lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full; nothing was changed.</source>
        <translation>El disco donde está «%1» está lleno; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Cartera portfolio (%2); it was left untouched.</source>
        <translation>«%1» está dañado o no es una cartera de Cartera (%2); no se ha tocado.</translation>
    </message>
    <message>
        <source>Cannot open the portfolio “%1”: %2</source>
        <translation>No se puede abrir la cartera «%1»: %2</translation>
    </message>
    <message>
        <source>Portfolio “%1”: %2</source>
        <translation>Cartera «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«%1» ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no portfolio at “%1”.</source>
        <translation>No hay ninguna cartera en «%1».</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a portfolio; it was left untouched.</source>
        <translation>«%1» es un archivo vacío, no una cartera; no se ha tocado.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Cartera portfolio; it was left untouched.</source>
        <translation>«%1» es una base de datos de otro programa, no una cartera de Cartera; no se ha tocado.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Cartera (schema %2, this one knows %3); it was left untouched.</source>
        <translation>«%1» lo escribió un Cartera más reciente (esquema %2; este conoce hasta el %3); no se ha tocado.</translation>
    </message>
    <message>
        <source>A purchase belongs to no customer: the portfolio changed while it was read, or it is damaged.</source>
        <translation>Una compra no pertenece a ningún cliente: la cartera cambió mientras se leía, o está dañada.</translation>
    </message>
    <message>
        <source>The demo goes into an empty portfolio; this one has customers.</source>
        <translation>La demostración va en una cartera vacía; esta ya tiene clientes.</translation>
    </message>
    <message>
        <source>A customer needs an id.</source>
        <translation>Un cliente necesita un id.</translation>
    </message>
    <message>
        <source>A customer with the id “%1” already exists.</source>
        <translation>Ya existe un cliente con el id «%1».</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists.</source>
        <translation>El cliente %1 ya no existe.</translation>
    </message>
    <message>
        <source>There is no customer “%1” to be the referrer.</source>
        <translation>No existe ningún cliente «%1» que pueda ser quien recomienda.</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>Una lista necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no list “%1”.</source>
        <translation>No existe la lista «%1».</translation>
    </message>
    <message>
        <source>The list “%1” has no customers.</source>
        <translation>La lista «%1» no tiene clientes.</translation>
    </message>
    <message>
        <source>A task needs a text.</source>
        <translation>Una tarea necesita un texto.</translation>
    </message>
    <message>
        <source>A snoozed task needs the day it comes back.</source>
        <translation>Una tarea aplazada necesita el día en que vuelve.</translation>
    </message>
    <message>
        <source>Dismissing a task needs a reason.</source>
        <translation>Para descartar una tarea hace falta un motivo.</translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation>La tarea %1 no existe.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Una campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>The control group must be 1 to 50 % of the list.</source>
        <translation>El grupo de control debe ser del 1 al 50 % de la lista.</translation>
    </message>
    <message>
        <source>The evaluation window must be 1 to 730 days.</source>
        <translation>La ventana de evaluación debe ser de 1 a 730 días.</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Ya existe una campaña llamada «%1».</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>La campaña %1 no existe.</translation>
    </message>
    <message>
        <source>A prospect needs a name.</source>
        <translation>Un prospecto necesita un nombre.</translation>
    </message>
    <message>
        <source>Prospect %1 does not exist.</source>
        <translation>El prospecto %1 no existe.</translation>
    </message>
    <message>
        <source>Convert a prospect with Convert: it creates the customer.</source>
        <translation>Convierta un prospecto con Convertir: crea el cliente.</translation>
    </message>
    <message>
        <source>Say why the prospect is dropped.</source>
        <translation>Indique por qué se descarta el prospecto.</translation>
    </message>
    <message>
        <source>The prospect is already %1.</source>
        <translation>El prospecto ya está en estado «%1».</translation>
    </message>
    <message>
        <source>A prospect that is %1 cannot become %2 (the order is new → contacted → qualified → converted, or dropped).</source>
        <translation>Un prospecto en estado «%1» no puede pasar a «%2» (el orden es nuevo → contactado → cualificado → convertido, o descartado).</translation>
    </message>
    <message>
        <source>This customer already has an open recovery case.</source>
        <translation>Este cliente ya tiene un caso de recuperación abierto.</translation>
    </message>
    <message>
        <source>Recovery case %1 does not exist.</source>
        <translation>El caso de recuperación %1 no existe.</translation>
    </message>
    <message>
        <source>Verify that the customer is really lost, and why, before trying to win it back.</source>
        <translation>Verifique que el cliente está realmente perdido, y por qué, antes de intentar recuperarlo.</translation>
    </message>
    <message>
        <source>The case is closed; a new case opens only when the customer is lost again after buying.</source>
        <translation>El caso está cerrado; solo se abre uno nuevo cuando el cliente se pierde otra vez tras comprar.</translation>
    </message>
    <message>
        <source>The case is closed (%1); open a new case to try again.</source>
        <translation>El caso está cerrado (%1); abra un caso nuevo para volver a intentarlo.</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2 (the order is identified → verified → contacted → won back or let go).</source>
        <translation>Un caso en estado «%1» no puede pasar a «%2» (el orden es identificado → verificado → contactado → recuperado o dejado ir).</translation>
    </message>
    <message>
        <source>Verifying a loss needs its reason (price, service failure, …).</source>
        <translation>Para verificar una pérdida hace falta su motivo (precio, fallo del servicio, …).</translation>
    </message>
    <message>
        <source>Letting a customer go needs a reason, e.g. recovery would cost more than it brings back.</source>
        <translation>Para dejar ir a un cliente hace falta un motivo, p. ej. recuperarlo costaría más de lo que aporta.</translation>
    </message>
    <message>
        <source>A step of a case cannot be dated before the case opened (%1).</source>
        <translation>Un paso de un caso no puede tener fecha anterior a la apertura del caso (%1).</translation>
    </message>
    <message>
        <source>A step of a case cannot be dated after today (%1).</source>
        <translation>Un paso de un caso no puede tener fecha posterior a hoy (%1).</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue of loss reasons; add it there first.</source>
        <translation>«%1» no está en el catálogo de motivos de pérdida; añádalo allí primero.</translation>
    </message>
    <message>
        <source>A loss reason needs a name.</source>
        <translation>Un motivo de pérdida necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is already a loss reason.</source>
        <translation>«%1» ya es un motivo de pérdida.</translation>
    </message>
    <message>
        <source>There is no loss reason “%1”.</source>
        <translation>No existe el motivo de pérdida «%1».</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“At risk after” must be below “lost after”.</source>
        <translation>«En riesgo tras» debe ser menor que «perdido tras».</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>a problem and the value it is about</comment>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>Only %1 customers bought in the calibration period; the model needs more.</source>
        <translation>Solo %1 clientes compraron en el periodo de calibración; el modelo necesita más.</translation>
    </message>
    <message>
        <source>The likelihood could not be evaluated for any parameters.</source>
        <translation>No se pudo evaluar la verosimilitud para ningún parámetro.</translation>
    </message>
    <message>
        <source>A parameter ran off to zero or infinity: the data do not determine the model (too few repeat purchases, or a calibration period too short).</source>
        <translation>Un parámetro se fue a cero o a infinito: los datos no determinan el modelo (demasiado pocas compras repetidas, o un periodo de calibración demasiado corto).</translation>
    </message>
    <message>
        <source>The fit did not settle: the likelihood has no clear maximum on these data.</source>
        <translation>El ajuste no se estabilizó: la verosimilitud no tiene un máximo claro con estos datos.</translation>
    </message>
    <message>
        <source>Only %1 customers bought again in the calibration period; the spend model needs more.</source>
        <translation>Solo %1 clientes volvieron a comprar en el periodo de calibración; el modelo de gasto necesita más.</translation>
    </message>
    <message>
        <source>The spend likelihood could not be evaluated for any parameters.</source>
        <translation>No se pudo evaluar la verosimilitud del gasto para ningún parámetro.</translation>
    </message>
    <message>
        <source>A spend parameter ran off to zero or infinity: the data do not determine the model.</source>
        <translation>Un parámetro del gasto se fue a cero o a infinito: los datos no determinan el modelo.</translation>
    </message>
    <message>
        <source>q ≤ 1: the model gives no finite mean spend.</source>
        <translation>q ≤ 1: el modelo no da un gasto medio finito.</translation>
    </message>
    <message>
        <source>The spend fit did not settle: the likelihood has no clear maximum.</source>
        <translation>El ajuste del gasto no se estabilizó: la verosimilitud no tiene un máximo claro.</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>No hay ninguna cartera abierta.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the reason of %Ln case; rename it instead of removing it.</source>
        <translation>
            <numerusform>«%1» es el motivo de %Ln caso; cámbiele el nombre en lugar de eliminarlo.</numerusform>
            <numerusform>«%1» es el motivo de %Ln casos; cámbiele el nombre en lugar de eliminarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the reason of %Ln cases; rename it instead of removing it.</source>
        <translation>
            <numerusform>«%1» es el motivo de %Ln caso; cámbiele el nombre en lugar de eliminarlo.</numerusform>
            <numerusform>«%1» es el motivo de %Ln casos; cámbiele el nombre en lugar de eliminarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers&apos; names are still being read; try again in a moment.</source>
        <translation>Todavía se están leyendo los nombres de los clientes; inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>new customers</source>
        <translation>clientes nuevos</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>adolescent</source>
        <translation>adolescente</translation>
    </message>
    <message>
        <source>mature</source>
        <translation>maduro</translation>
    </message>
    <message>
        <source>veteran</source>
        <translation>veterano</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>El %1</translation>
    </message>
    <message>
        <source>not yet customers</source>
        <translation>aún no clientes</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers, revenue %4 in the period</source>
        <translation>%1 → %2: %3 clientes, ingresos %4 en el periodo</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Choose the column for %1 on the previous page (Back).</source>
        <translation>Elija la columna de %1 en la página anterior (Atrás).</translation>
    </message>
    <message>
        <source>Check the column choices on the previous page (Back).</source>
        <translation>Revise las columnas elegidas en la página anterior (Atrás).</translation>
    </message>
    <message>
        <source>Choose the column for %1 by hand on the previous page (Back).</source>
        <translation>Elija a mano la columna de %1 en la página anterior (Atrás).</translation>
    </message>
    <message>
        <source>Choose the date format on the previous page (Back).</source>
        <translation>Elija el formato de fecha en la página anterior (Atrás).</translation>
    </message>
    <message>
        <source>Correct the row in the file, or go Back and tick “Skip bad rows” to import the rest.</source>
        <translation>Corrija la fila en el archivo, o vuelva Atrás y marque «Omitir filas erróneas» para importar el resto.</translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation>Columnas separadas por %1.</translation>
    </message>
    <message>
        <source>runs of blanks</source>
        <translation>series de espacios</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>The first row is a header.</source>
        <translation>La primera fila es una cabecera.</translation>
    </message>
    <message>
        <source>No header row: columns are taken by position.</source>
        <translation>Sin fila de cabecera: las columnas se toman por posición.</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translation>Fechas leídas como %1.</translation>
    </message>
    <message>
        <source>The date format cannot be told from the file: choose it.</source>
        <translation>El formato de fecha no se puede deducir del archivo: elíjalo.</translation>
    </message>
    <message>
        <source>Each line&apos;s amount is its %1 column.</source>
        <translation>El importe de cada línea es su columna %1.</translation>
    </message>
    <message>
        <source>Each line&apos;s amount is quantity × unit price.</source>
        <translation>El importe de cada línea es cantidad × precio unitario.</translation>
    </message>
    <message>
        <source>Choose the column for amount, or for unit price.</source>
        <translation>Elija la columna del importe, o la del precio unitario.</translation>
    </message>
    <message>
        <source>Lines of one order, customer and day become one purchase; credit notes (C…) and negative quantities are refunds.</source>
        <translation>Las líneas de un mismo pedido, cliente y día forman una compra; los abonos (C…) y las cantidades negativas son devoluciones.</translation>
    </message>
    <message>
        <source>Lines without a customer (empty, NA, NULL, -) are skipped and counted.</source>
        <translation>Las líneas sin cliente (vacío, NA, NULL, -) se omiten y se cuentan.</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma.</source>
        <translation>Los importes usan coma decimal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt; %1 read: %2 (%3).</source>
        <translation>&lt;b&gt;Importado.&lt;/b&gt; %1 leídas: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already present, %4 new customers, %5 rejected.</source>
        <translation>%1 añadidas, %2 actualizadas, %3 ya presentes, %4 clientes nuevos, %5 rechazadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line</source>
        <translation>
            <numerusform>%Ln línea</numerusform>
            <numerusform>%Ln líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln línea</numerusform>
            <numerusform>%Ln líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase</source>
        <translation>
            <numerusform>%Ln compra</numerusform>
            <numerusform>%Ln compras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases</source>
        <translation>
            <numerusform>%Ln compra</numerusform>
            <numerusform>%Ln compras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund</source>
        <translation>
            <numerusform>%Ln devolución</numerusform>
            <numerusform>%Ln devoluciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refunds</source>
        <translation>
            <numerusform>%Ln devolución</numerusform>
            <numerusform>%Ln devoluciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line was added to the purchase of its order.</source>
        <translation>
            <numerusform>%Ln línea se sumó a la compra de su pedido.</numerusform>
            <numerusform>%Ln líneas se sumaron a la compra de su pedido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines were added to the purchase of their order.</source>
        <translation>
            <numerusform>%Ln línea se sumó a la compra de su pedido.</numerusform>
            <numerusform>%Ln líneas se sumaron a la compra de su pedido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line without a customer was skipped.</source>
        <translation>
            <numerusform>Se omitió %Ln línea sin cliente.</numerusform>
            <numerusform>Se omitieron %Ln líneas sin cliente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines without a customer were skipped.</source>
        <translation>
            <numerusform>Se omitió %Ln línea sin cliente.</numerusform>
            <numerusform>Se omitieron %Ln líneas sin cliente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported.&lt;/b&gt; %Ln row read.</source>
        <translation>
            <numerusform>&lt;b&gt;Importado.&lt;/b&gt; Se leyó %Ln fila.</numerusform>
            <numerusform>&lt;b&gt;Importado.&lt;/b&gt; Se leyeron %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported.&lt;/b&gt; %Ln rows read.</source>
        <translation>
            <numerusform>&lt;b&gt;Importado.&lt;/b&gt; Se leyó %Ln fila.</numerusform>
            <numerusform>&lt;b&gt;Importado.&lt;/b&gt; Se leyeron %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row: %1</source>
        <translation>
            <numerusform>%Ln fila: %1</numerusform>
            <numerusform>%Ln filas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1</source>
        <translation>
            <numerusform>%Ln fila: %1</numerusform>
            <numerusform>%Ln filas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Añadir interacción</translation>
    </message>
    <message>
        <source>Open %1 recovery cases</source>
        <translation>Abrir %1 casos de recuperación</translation>
    </message>
    <message>
        <source>Open recovery case</source>
        <translation>Abrir caso de recuperación</translation>
    </message>
    <message>
        <source>Edit recovery case</source>
        <translation>Editar caso de recuperación</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Registrar intento</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Edit prospect</source>
        <translation>Editar prospecto</translation>
    </message>
    <message>
        <source>Prospect %1</source>
        <translation>Prospecto %1</translation>
    </message>
    <message>
        <source>Convert prospect</source>
        <translation>Convertir prospecto</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>Save list %1</source>
        <translation>Guardar la lista %1</translation>
    </message>
    <message>
        <source>Remove list %1</source>
        <translation>Quitar la lista %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Create campaign %1</source>
        <translation>Crear la campaña %1</translation>
    </message>
    <message>
        <source>Remove campaign %1</source>
        <translation>Quitar la campaña %1</translation>
    </message>
</context>
<context>
    <name>ProspectEditor</name>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Referred by (customer id)</source>
        <translation>Recomendado por (id de cliente)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>region or city</source>
        <translation>región o ciudad</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>size band</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;Convert to customer…</source>
        <translation>&amp;Convertir en cliente…</translation>
    </message>
    <message>
        <source>Contacts with the prospect</source>
        <translation>Contactos con el prospecto</translation>
    </message>
    <message>
        <source>Contact kind</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Nota del contacto</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Registrar contacto</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Snooze task</source>
        <translation>Posponer tarea</translation>
    </message>
    <message>
        <source>Show it again on:</source>
        <translation>Volver a mostrarla el:</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>The chart could not be drawn as PNG.</source>
        <translation>No se pudo dibujar el gráfico como PNG.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Guardar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>Guardar gráfico como &amp;SVG…</translation>
    </message>
    <message>
        <source>No chart on this page</source>
        <translation>No hay ningún gráfico en esta página</translation>
    </message>
</context>
<context>
    <name>RecoveryCaseEditor</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Loss &amp;reason</source>
        <translation>&amp;Motivo de la pérdida</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motivo de la pérdida</translation>
    </message>
    <message>
        <source>Our organisation was at &amp;fault</source>
        <translation>La culpa fue de nuestra &amp;organización</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Responsable de la acción</translation>
    </message>
    <message>
        <source>Action due (YYYY-MM-DD)</source>
        <translation>Fecha límite de la acción (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Expected recovery cost</source>
        <translation>Coste previsto de recuperación</translation>
    </message>
    <message>
        <source>Reason to let go</source>
        <translation>Motivo para descartar</translation>
    </message>
    <message>
        <source>Corrective action done</source>
        <translation>Acción correctiva hecha</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Verify loss</source>
        <translation>&amp;Verificar pérdida</translation>
    </message>
    <message>
        <source>&amp;Won back</source>
        <translation>&amp;Recuperado</translation>
    </message>
    <message>
        <source>Let &amp;go</source>
        <translation>Dar por &amp;perdido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Intentos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Attempt outcome</source>
        <translation>Resultado del intento</translation>
    </message>
    <message>
        <source>Attempt note</source>
        <translation>Nota del intento</translation>
    </message>
    <message>
        <source>Log &amp;attempt</source>
        <translation>Registrar &amp;intento</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>% of customers</source>
        <translation>% de clientes</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% de ingresos</translation>
    </message>
    <message>
        <source>Cartera · %1 · as of %2</source>
        <translation>Cartera · %1 · a fecha %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Revisión de la cartera</translation>
    </message>
    <message>
        <source>%1 · as of %2 · amounts in %3</source>
        <translation>%1 · a fecha %2 · importes en %3</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 en 12 meses</translation>
    </message>
    <message>
        <source>Customers in portfolio</source>
        <translation>Clientes en cartera</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>New (&lt; 1 year)</source>
        <translation>Nuevos (&lt; 1 año)</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Maduros</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Veteranos</translation>
    </message>
    <message>
        <source>Inflow, last 12 months</source>
        <translation>Entradas, últimos 12 meses</translation>
    </message>
    <message>
        <source>new customers since %1</source>
        <translation>clientes nuevos desde el %1</translation>
    </message>
    <message>
        <source>Outflow, last 12 months</source>
        <translation>Salidas, últimos 12 meses</translation>
    </message>
    <message>
        <source>customers lost since %1</source>
        <translation>clientes perdidos desde el %1</translation>
    </message>
    <message>
        <source>Recovered, last 12 months</source>
        <translation>Recuperados, últimos 12 meses</translation>
    </message>
    <message>
        <source>lost customers who bought again</source>
        <translation>clientes perdidos que volvieron a comprar</translation>
    </message>
    <message>
        <source>Pareto customers (class A)</source>
        <translation>Clientes Pareto (clase A)</translation>
    </message>
    <message>
        <source>of %1 buying in 12 months</source>
        <translation>de %1 con compras en 12 meses</translation>
    </message>
    <message>
        <source>Cohort flow, last 12 months</source>
        <translation>Flujo de cohortes, últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 new customers came in, %2 customers were lost, %3 lost customers came back. Bands are as wide as the number of customers moving.</source>
        <translation>Llegaron %1 clientes nuevos, se perdieron %2 clientes, volvieron %3 clientes perdidos. Cada banda es tan ancha como el número de clientes que se mueven.</translation>
    </message>
    <message>
        <source>Customers per stage, quarter by quarter</source>
        <translation>Clientes por etapa, trimestre a trimestre</translation>
    </message>
    <message>
        <source>Customers in each lifecycle stage on each day (lost customers not included).</source>
        <translation>Clientes en cada etapa del ciclo de vida en cada fecha (sin los clientes perdidos).</translation>
    </message>
    <message>
        <source>Revenue concentration (Pareto), last 12 months</source>
        <translation>Concentración de ingresos (Pareto), últimos 12 meses</translation>
    </message>
    <message>
        <source>No customer has net revenue in the last 12 months.</source>
        <translation>Ningún cliente tiene ingresos netos en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>Top customers, last 12 months</source>
        <translation>Mejores clientes, últimos 12 meses</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Promotion candidates</source>
        <translation>Candidatos a promoción</translation>
    </message>
    <message>
        <source>The customers just below the Pareto cut: a little more business would make them class A.</source>
        <translation>Los clientes justo por debajo del corte Pareto: un poco más de negocio los convertiría en clase A.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Below the cut</source>
        <translation>Por debajo del corte</translation>
    </message>
    <message>
        <source>Recovery of lost customers</source>
        <translation>Recuperación de clientes perdidos</translation>
    </message>
    <message>
        <source>Losses that were our fault: %1 (%2). Corrective actions: %3 open, %4 overdue.</source>
        <translation>Pérdidas por culpa nuestra: %1 (%2). Acciones correctivas: %3 abiertas, %4 vencidas.</translation>
    </message>
    <message>
        <source>Losses by reason: %1.</source>
        <translation>Pérdidas por motivo: %1.</translation>
    </message>
    <message>
        <source>Portfolio review · %1 · %2</source>
        <translation>Revisión de la cartera · %1 · %2</translation>
    </message>
    <message>
        <source>%1 of customers make %2 of revenue. %3 of %4 customers buying in the last 12 months form the Pareto set; total %5; Gini %6.</source>
        <translation>El %1 de los clientes genera el %2 de los ingresos. %3 de los %4 clientes con compras en los últimos 12 meses forman el conjunto Pareto; total %5; Gini %6.</translation>
    </message>
    <message>
        <source>%1 open cases; %2 closed: %3 won back, %4 let go. Recovery rate %5; revenue won back %6; median %7 days to win back.</source>
        <translation>%1 casos abiertos; %2 cerrados: %3 recuperados, %4 dados por perdidos. Tasa de recuperación %5; ingresos recuperados %6; mediana de %7 días hasta recuperar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Portfolio settings</source>
        <translation>Ajustes de la cartera</translation>
    </message>
    <message>
        <source>These rules are stored in the portfolio file, so everyone who opens it sees the same stages.</source>
        <translation>Estas reglas se guardan en el archivo de la cartera, así que todos los que lo abren ven las mismas etapas.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;Adolescent from (months)</source>
        <translation>&amp;Adolescente desde (meses)</translation>
    </message>
    <message>
        <source>&amp;Mature from (months)</source>
        <translation>&amp;Maduro desde (meses)</translation>
    </message>
    <message>
        <source>&amp;Veteran from (months)</source>
        <translation>&amp;Veterano desde (meses)</translation>
    </message>
    <message>
        <source>At &amp;risk after (days without purchase)</source>
        <translation>En &amp;riesgo tras (días sin compra)</translation>
    </message>
    <message>
        <source>&amp;Lost after (days without purchase)</source>
        <translation>&amp;Perdido tras (días sin compra)</translation>
    </message>
    <message>
        <source>&amp;Pareto cut (% of revenue)</source>
        <translation>&amp;Corte Pareto (% de ingresos)</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO code)</source>
        <translation>&amp;Moneda (código ISO)</translation>
    </message>
    <message>
        <source>Class &amp;B ends at (% of revenue)</source>
        <translation>La clase &amp;B termina en (% de ingresos)</translation>
    </message>
    <message>
        <source>Ca&amp;dence factor (at risk after this many usual gaps)</source>
        <translation>Factor de ca&amp;dencia (en riesgo tras tantos intervalos habituales)</translation>
    </message>
    <message>
        <source>Customer &amp;value</source>
        <translation>&amp;Valor del cliente</translation>
    </message>
    <message>
        <source>RFM segments, first matching row wins (one a line: Name: R4-5 F4-5 M4-5)</source>
        <translation>Segmentos RFM, gana la primera fila que encaja (una por línea: Nombre: R4-5 F4-5 M4-5)</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Restore the default segments</source>
        <translation>Restaurar los segmentos predeterminados</translation>
    </message>
    <message>
        <source>Reward tiers, lowest first (one a line: Name | minimum 12-month revenue | minimum purchase days | reward)</source>
        <translation>Niveles de recompensa, del más bajo al más alto (uno por línea: Nombre | ingresos mínimos de 12 meses | días de compra mínimos | recompensa)</translation>
    </message>
    <message>
        <source>Reward tiers</source>
        <translation>Niveles de recompensa</translation>
    </message>
    <message>
        <source>Restore the default tiers</source>
        <translation>Restaurar los niveles predeterminados</translation>
    </message>
    <message>
        <source>Lifetime value &amp;horizon (months)</source>
        <translation>&amp;Horizonte del valor de vida (meses)</translation>
    </message>
    <message>
        <source>Monthly &amp;discount rate (%)</source>
        <translation>Tasa de &amp;descuento mensual (%)</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice in your language (*.csv)</source>
        <translation>CSV para Excel y LibreOffice en su idioma (*.csv)</translation>
    </message>
    <message>
        <source>CSV, RFC 4180, for scripts (*.csv)</source>
        <translation>CSV, RFC 4180, para scripts (*.csv)</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>What to do, e.g. call about the new catalogue</source>
        <translation>Qué hacer, p. ej. llamar por el nuevo catálogo</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>cartera</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>adolescent</source>
        <translation>adolescente</translation>
    </message>
    <message>
        <source>mature</source>
        <translation>maduro</translation>
    </message>
    <message>
        <source>veteran</source>
        <translation>veterano</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>en riesgo</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>not yet a customer on this date</source>
        <translation>aún no es cliente en esta fecha</translation>
    </message>
    <message>
        <source>, usual gap %1 days</source>
        <translation>, intervalo habitual de %1 días</translation>
    </message>
    <message>
        <source>%1 days since last purchase</source>
        <translation>%1 días desde la última compra</translation>
    </message>
    <message>
        <source>%1 days since becoming a customer, no purchase yet</source>
        <translation>%1 días desde que es cliente, aún sin compras</translation>
    </message>
    <message>
        <source>lost: marked lost by a person, no purchase since</source>
        <translation>perdido: marcado como perdido por una persona, sin compras desde entonces</translation>
    </message>
    <message>
        <source>lost: %1 (lost after %2)</source>
        <translation>perdido: %1 (perdido tras %2)</translation>
    </message>
    <message>
        <source>at risk: %1 (at risk after %2)%3</source>
        <translation>en riesgo: %1 (en riesgo tras %2)%3</translation>
    </message>
    <message>
        <source>at risk: %1%2</source>
        <translation>en riesgo: %1%2</translation>
    </message>
    <message>
        <source>active: %1%2</source>
        <translation>activo: %1%2</translation>
    </message>
    <message>
        <source>Verify loss</source>
        <translation>Verificar pérdida</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dar por perdido</translation>
    </message>
    <message>
        <source>Move recovery case</source>
        <translation>Mover caso de recuperación</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Marcar tarea como hecha</translation>
    </message>
    <message>
        <source>Snooze task</source>
        <translation>Posponer tarea</translation>
    </message>
    <message>
        <source>Dismiss task</source>
        <translation>Descartar tarea</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Reabrir tarea</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contactado</translation>
    </message>
    <message>
        <source>won back</source>
        <translation>recuperado</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>dado por perdido</translation>
    </message>
    <message>
        <source>new prospect</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>cualificado</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>convertido</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>bought list</source>
        <translation>lista comprada</translation>
    </message>
    <message>
        <source>press</source>
        <translation>prensa</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retención</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>bienvenida</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>descenso</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>recovery case</source>
        <translation>caso de recuperación</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospecto</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>clientes nuevos</translation>
    </message>
    <message>
        <source>adolescents</source>
        <translation>adolescentes</translation>
    </message>
    <message>
        <source>mature customers</source>
        <translation>clientes maduros</translation>
    </message>
    <message>
        <source>veterans</source>
        <translation>veteranos</translation>
    </message>
    <message>
        <source>only %1 % of the %2 of %3 became %4 by %5; the median of earlier periods is %6 %</source>
        <translation>solo el %1 % de los %2 del %3 pasaron a %4 antes del %5; la mediana de los periodos anteriores es %6 %</translation>
    </message>
    <message>
        <source>%1 % of the %2 of %3 were lost by %4; the median of earlier periods is %5 %</source>
        <translation>el %1 % de los %2 del %3 se perdieron antes del %4; la mediana de los periodos anteriores es %5 %</translation>
    </message>
    <message>
        <source>inflow did not cover outflow from %1 to %2: %3 customers came, %4 were lost</source>
        <translation>las entradas no cubrieron las salidas del %1 al %2: llegaron %3 clientes, se perdieron %4</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal customers</source>
        <translation>Clientes fieles</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>Fieles en potencia</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Necesitan atención</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>A punto de dormirse</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>No podemos perderlos</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Welcome offer on the next order</source>
        <translation>Oferta de bienvenida en el próximo pedido</translation>
    </message>
    <message>
        <source>5 % off and early access to sales</source>
        <translation>5 % de descuento y acceso anticipado a las rebajas</translation>
    </message>
    <message>
        <source>10 % off and free delivery</source>
        <translation>10 % de descuento y envío gratuito</translation>
    </message>
    <message>
        <source>15 % off, a personal account manager and events</source>
        <translation>15 % de descuento, un gestor de cuenta personal y eventos</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>service failure</source>
        <translation>fallo del servicio</translation>
    </message>
    <message>
        <source>product or quality gap</source>
        <translation>carencia del producto o de calidad</translation>
    </message>
    <message>
        <source>competitor offer</source>
        <translation>oferta de la competencia</translation>
    </message>
    <message>
        <source>moved or closed</source>
        <translation>se mudó o cerró</translation>
    </message>
    <message>
        <source>no longer needs</source>
        <translation>ya no lo necesita</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>cartera::CampaignsView</name>
    <message>
        <source>too few customers</source>
        <translation>demasiado pocos clientes</translation>
    </message>
    <message>
        <source>%1 pts [%2, %3]</source>
        <translation>%1 pp [%2, %3]</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Each campaign holds out a random control group that is not contacted. What the campaign did is the difference between the two groups, with its 95 % interval: when the interval spans zero, the campaign cannot be told from chance.</source>
        <translation>Cada campaña aparta un grupo de control aleatorio que no se contacta. El efecto de la campaña es la diferencia entre ambos grupos, con su intervalo del 95 %: si el intervalo incluye el cero, la campaña no se distingue del azar.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Bought, treated</source>
        <translation>Compraron, tratados</translation>
    </message>
    <message>
        <source>Bought, control</source>
        <translation>Compraron, control</translation>
    </message>
    <message>
        <source>Response uplift</source>
        <translation>Aumento de respuesta</translation>
    </message>
    <message>
        <source>Revenue per customer uplift</source>
        <translation>Aumento de ingresos por cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>&amp;Export treated…</source>
        <translation>&amp;Exportar tratados…</translation>
    </message>
    <message>
        <source>&amp;Remove campaign</source>
        <translation>&amp;Quitar campaña</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 to the list &lt;i&gt;%3&lt;/i&gt; (%4) from %5; purchases up to %6 count. Offer: %7. Control group %8 % drawn with seed %9.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 a la lista &lt;i&gt;%3&lt;/i&gt; (%4) desde el %5; cuentan las compras hasta el %6. Oferta: %7. Grupo de control del %8 % sorteado con la semilla %9.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>in progress to %1</source>
        <translation>en curso hasta el %1</translation>
    </message>
    <message>
        <source>Campaign %1: %2 treated, %3 held out as the control group.</source>
        <translation>Campaña %1: %2 tratados, %3 apartados como grupo de control.</translation>
    </message>
    <message>
        <source>Exported %1 treated customers to %2.</source>
        <translation>Se exportaron %1 clientes tratados a %2.</translation>
    </message>
    <message>
        <source>A campaign targets a saved list: save one first in Customers (Save list…).</source>
        <translation>Una campaña se dirige a una lista guardada: guarde una primero en Clientes (Guardar lista…).</translation>
    </message>
    <message>
        <source>Export treated customers</source>
        <translation>Exportar clientes tratados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cartera::CohortsView</name>
    <message>
        <source>Flow start</source>
        <translation>Inicio del flujo</translation>
    </message>
    <message>
        <source>Flow end</source>
        <translation>Fin del flujo</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>por año</translation>
    </message>
    <message>
        <source>Period of the stage chart</source>
        <translation>Periodo del gráfico de etapas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Stage counts</source>
        <translation>Recuento por etapa</translation>
    </message>
    <message>
        <source>Customers per stage over time</source>
        <translation>Clientes por etapa a lo largo del tiempo</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>cohort-flow</source>
        <translation>flujo-cohortes</translation>
    </message>
    <message>
        <source>Stage counts over time</source>
        <translation>Recuento por etapa a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Retención por cohorte de captación</translation>
    </message>
    <message>
        <source>Flow health warnings</source>
        <translation>Avisos sobre la salud del flujo</translation>
    </message>
    <message>
        <source>%1 → %2 between %3 and %4</source>
        <translation>%1 → %2 entre %3 y %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a start before the end.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elija un inicio anterior al final.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 new customers came in, %4 customers were lost, %5 lost customers came back.</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: llegaron %3 clientes nuevos, se perdieron %4 clientes, volvieron %5 clientes perdidos.</translation>
    </message>
    <message>
        <source>%1 more came in and were lost again within the period.</source>
        <translation>%1 más llegaron y se perdieron dentro del periodo.</translation>
    </message>
    <message>
        <source>Hover a band for its numbers; click it for its customers.</source>
        <translation>Pase el ratón por una banda para ver sus cifras; púlsela para ver sus clientes.</translation>
    </message>
    <message>
        <source>Customers per stage over time (lost customers not included)</source>
        <translation>Clientes por etapa a lo largo del tiempo (sin los clientes perdidos)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow health, five years to %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Salud del flujo, cinco años hasta el %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>No warnings: every stage moved on and left at its usual rate, and inflow covered outflow.</source>
        <translation>Sin avisos: cada etapa avanzó y se perdió a su ritmo habitual, y las entradas cubrieron las salidas.</translation>
    </message>
</context>
<context>
    <name>cartera::CustomerContactForm</name>
    <message>
        <source>%1 must be a date as YYYY-MM-DD (not &apos;%2&apos;)</source>
        <translation>%1 debe ser una fecha AAAA-MM-DD (no «%2»)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
</context>
<context>
    <name>cartera::CustomerDialog</name>
    <message>
        <source>RFM %1%2%3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>RFM %1%2%3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>tier &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>nivel &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source> (%1 to reach %2)</source>
        <translation> (%1 para llegar a %2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>P(alive) %1: expected %2 purchases in the next 12 weeks, lifetime value %3</source>
        <translation>P(activo) %1: %2 compras esperadas en las próximas 12 semanas, valor de vida %3</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>Purchases over time</source>
        <translation>Compras a lo largo del tiempo</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>&amp;Compras</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Tipo de interacción</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Interaction day</source>
        <translation>Día de la interacción</translation>
    </message>
    <message>
        <source>Interaction note</source>
        <translation>Nota de la interacción</translation>
    </message>
    <message>
        <source>Add &amp;interaction</source>
        <translation>Añadir &amp;interacción</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>Marcar como &amp;perdido</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Cannot mark as lost</source>
        <translation>No se puede marcar como perdido</translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation>No se puede añadir la interacción</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, tenure %2 months. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, antigüedad %2 meses. </translation>
    </message>
    <message>
        <source>. Pareto rank %1 of %2 in the last 12 months (class %3).</source>
        <translation>. Puesto Pareto %1 de %2 en los últimos 12 meses (clase %3).</translation>
    </message>
    <message>
        <source>. Not ranked: no net revenue in the last 12 months.</source>
        <translation>. Sin ranking: sin ingresos netos en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Recovery case %1: &lt;b&gt;%2&lt;/b&gt;%3.</source>
        <translation>&lt;br&gt;Caso de recuperación %1: &lt;b&gt;%2&lt;/b&gt;%3.</translation>
    </message>
    <message>
        <source>, lost over %1</source>
        <translation>, perdido desde hace %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Referred %1 prospects (%2 converted) and %3 customers.</source>
        <translation>&lt;br&gt;Recomendó %1 prospectos (%2 convertidos) y %3 clientes.</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>Gasto acumulado</translation>
    </message>
    <message>
        <source>Cumulative spend (%1)</source>
        <translation>Gasto acumulado (%1)</translation>
    </message>
    <message>
        <source>%1  marked lost  %2</source>
        <translation>%1  marcado como perdido  %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more purchase</source>
        <translation>
            <numerusform>%Ln compra más</numerusform>
            <numerusform>%Ln compras más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more purchases</source>
        <translation>
            <numerusform>%Ln compra más</numerusform>
            <numerusform>%Ln compras más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartera::CustomerTableModel</name>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Ingresos 12 m</translation>
    </message>
    <message>
        <source>Revenue all time</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(activo)</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
</context>
<context>
    <name>cartera::CustomersView</name>
    <message>
        <source>Filter by name, company, e-mail or id</source>
        <translation>Filtrar por nombre, empresa, correo o identificador</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Filtro de clientes</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>In portfolio</source>
        <translation>En cartera</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Maduros</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Veteranos</translation>
    </message>
    <message>
        <source>Not yet customers</source>
        <translation>Aún no clientes</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Cualquier actividad</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>No perdidos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Cualquier clase</translation>
    </message>
    <message>
        <source>Class A (Pareto)</source>
        <translation>Clase A (Pareto)</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>Clase B</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>Clase C</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Sin ranking</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtro de etapa</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Filtro de actividad</translation>
    </message>
    <message>
        <source>Pareto class filter</source>
        <translation>Filtro de clase Pareto</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Cualquier segmento</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Filtro de segmento</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Filtro de nivel</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Listas guardadas</translation>
    </message>
    <message>
        <source>Saved lists…</source>
        <translation>Listas guardadas…</translation>
    </message>
    <message>
        <source>&amp;Save list…</source>
        <translation>&amp;Guardar lista…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Guardar lista</translation>
    </message>
    <message>
        <source>A chosen set of customers is not a filter: choose stage, activity, class, owner, segment, tier or words, then save.</source>
        <translation>Un conjunto elegido de clientes no es un filtro: elija etapa, actividad, clase, responsable, segmento, nivel o palabras, y luego guarde.</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nombre de la lista:</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Añadir cliente…</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>&amp;Eliminar cliente</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Lista guardada</translation>
    </message>
    <message>
        <source>The list %1 no longer reads: %2</source>
        <translation>La lista %1 ya no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>This portfolio has no customers yet.&lt;br&gt;Import a purchase or customer file with &lt;b&gt;File → Import&lt;/b&gt;.</source>
        <translation>Esta cartera aún no tiene clientes.&lt;br&gt;Importe un archivo de compras o de clientes con &lt;b&gt;Archivo → Importar&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No customer matches these filters.&lt;br&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>Ningún cliente cumple estos filtros.&lt;br&gt;&lt;a href=&quot;clear&quot;&gt;Quitar los filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Updating the list…</source>
        <translation>Actualizando la lista…</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names…</source>
        <translation>Leyendo los nombres de los clientes…</translation>
    </message>
    <message>
        <source>%1 customers · reading names…</source>
        <translation>%1 clientes · leyendo nombres…</translation>
    </message>
</context>
<context>
    <name>cartera::FlowChartWidget</name>
    <message>
        <source>Cohort flow chart</source>
        <translation>Gráfico de flujo de cohortes</translation>
    </message>
    <message>
        <source>Customers moving between lifecycle stages. Use the arrow keys to go from band to band and Enter to list a band&apos;s customers.</source>
        <translation>Clientes que pasan de una etapa del ciclo de vida a otra. Use las flechas para ir de banda en banda e Intro para ver los clientes de una banda.</translation>
    </message>
    <message>
        <source>Computing the flow…</source>
        <translation>Calculando el flujo…</translation>
    </message>
    <message>
        <source>No customers in this period</source>
        <translation>No hay clientes en este periodo</translation>
    </message>
</context>
<context>
    <name>cartera::HoldoutCharts</name>
    <message>
        <source>Repeat purchases in the holdout</source>
        <translation>Compras repetidas en el periodo de validación</translation>
    </message>
    <message>
        <source>Repeat purchases by week</source>
        <translation>Compras repetidas por semana</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>validacion</translation>
    </message>
    <message>
        <source>holdout-weeks</source>
        <translation>validacion-semanas</translation>
    </message>
    <message>
        <source>Repeat purchases in the holdout, by purchases before it</source>
        <translation>Compras repetidas en el periodo de validación, según las compras anteriores</translation>
    </message>
    <message>
        <source>Repeat purchases, cumulative by week</source>
        <translation>Compras repetidas, acumuladas por semana</translation>
    </message>
    <message>
        <source>&lt;b&gt;No check&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Sin prueba&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Fitted on %1 customers up to %2, the model predicted &lt;b&gt;%3&lt;/b&gt; repeat purchases up to %4; there were &lt;b&gt;%5&lt;/b&gt; (%6). %7</source>
        <translation>Ajustado con %1 clientes hasta el %2, el modelo predijo &lt;b&gt;%3&lt;/b&gt; compras repetidas hasta el %4; hubo &lt;b&gt;%5&lt;/b&gt; (%6). %7</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Passed&lt;/b&gt;&lt;/span&gt;: within 20 %.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Superada&lt;/b&gt;&lt;/span&gt;: dentro del 20 %.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Failed&lt;/b&gt;&lt;/span&gt;: off by more than 20 %; do not plan on these values.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;No superada&lt;/b&gt;&lt;/span&gt;: desviación mayor del 20 %; no planifique con estos valores.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>purchases before the holdout</source>
        <translation>compras antes de la validación</translation>
    </message>
    <message>
        <source>weeks since %1</source>
        <translation>semanas desde el %1</translation>
    </message>
    <message>
        <source>holdout begins</source>
        <translation>empieza la validación</translation>
    </message>
</context>
<context>
    <name>cartera::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>cartera::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Rejected rows, with line and column, appear here.</source>
        <translation>Aquí aparecen las filas rechazadas, con su línea y columna.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt;; the portfolio is unchanged.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;No se importó nada&lt;/b&gt;; la cartera no ha cambiado.&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>cartera::ImportWizard</name>
    <message>
        <source>Amounts use a decimal &amp;comma (1 234,56)</source>
        <translation>Los importes usan &amp;coma decimal (1 234,56)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and list them (otherwise a bad row stops the import and nothing is imported)</source>
        <translation>&amp;Omitir filas erróneas y listarlas (si no, una fila errónea detiene la importación y no se importa nada)</translation>
    </message>
    <message>
        <source>Import purchases</source>
        <translation>Importar compras</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>CSV or text exports (UTF-8, UTF-16 or Windows-1252), invoice lines or orders; the next page shows how Cartera reads them.</source>
        <translation>Exportaciones CSV o de texto (UTF-8, UTF-16 o Windows-1252), líneas de factura o pedidos; la página siguiente muestra cómo los lee Cartera.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV and text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV y texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Check columns and formats</source>
        <translation>Revisar columnas y formatos</translation>
    </message>
    <message>
        <source>Columns are guessed from the header; change any that are wrong.</source>
        <translation>Las columnas se deducen de la cabecera; cambie las que estén mal.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Runs of spaces</source>
        <translation>Series de espacios</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>La primera fila nombra las columnas</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Sin fila de cabecera</translation>
    </message>
    <message>
        <source>Detect (when unambiguous)</source>
        <translation>Detectar (si no es ambiguo)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (ISO)</source>
        <translation>AAAA-MM-DD (ISO)</translation>
    </message>
    <message>
        <source>D.M.YYYY (day first)</source>
        <translation>D.M.AAAA (día primero)</translation>
    </message>
    <message>
        <source>D/M/YYYY (day first)</source>
        <translation>D/M/AAAA (día primero)</translation>
    </message>
    <message>
        <source>M/D/YYYY (month first)</source>
        <translation>M/D/AAAA (mes primero)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna de %1</translation>
    </message>
    <message>
        <source>Column for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Columna de &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Codificación: %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Choose the column for %1.</source>
        <translation>Elija la columna de %1.</translation>
    </message>
</context>
<context>
    <name>cartera::MainWindow</name>
    <message>
        <source>Cartera portfolios (*.cartera);;All files (*)</source>
        <translation>Carteras de Cartera (*.cartera);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved the list %1.</source>
        <translation>Lista %1 guardada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation>&amp;Nueva cartera…</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Nueva cartera</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Abrir cartera</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Import &amp;purchases…</source>
        <translation>Importar &amp;compras…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;customers…</source>
        <translation>Importar &amp;clientes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Export Pareto report…</source>
        <translation>&amp;Exportar informe Pareto…</translation>
    </message>
    <message>
        <source>Export Pareto report</source>
        <translation>Exportar informe Pareto</translation>
    </message>
    <message>
        <source>pareto.csv</source>
        <translation>pareto.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Exportar &amp;tabla…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Portfolio &amp;review (PDF)…</source>
        <translation>&amp;Revisión de la cartera (PDF)…</translation>
    </message>
    <message>
        <source>Save the portfolio review</source>
        <translation>Guardar la revisión de la cartera</translation>
    </message>
    <message>
        <source>portfolio-review-%1.pdf</source>
        <translation>revision-cartera-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export c&amp;hart</source>
        <translation>Exportar &amp;gráfico</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>C&amp;ohorts</source>
        <translation>C&amp;ohortes</translation>
    </message>
    <message>
        <source>&amp;Pareto</source>
        <translation>&amp;Pareto</translation>
    </message>
    <message>
        <source>S&amp;egments</source>
        <translation>S&amp;egmentos</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Recovery</source>
        <translation>&amp;Recuperación</translation>
    </message>
    <message>
        <source>Pro&amp;spects</source>
        <translation>Pro&amp;spectos</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>C&amp;ampañas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Portfolio settings…</source>
        <translation>Ajustes de la &amp;cartera…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Cartera &amp;User Guide</source>
        <translation>&amp;Guía de usuario de Cartera</translation>
    </message>
    <message>
        <source>&amp;About Cartera</source>
        <translation>&amp;Acerca de Cartera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha</translation>
    </message>
    <message>
        <source>  As of </source>
        <translation>  A fecha </translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Fecha de análisis</translation>
    </message>
    <message>
        <source>Every view is computed for this day: choose a past day to replay it</source>
        <translation>Todas las vistas se calculan para este día: elija un día pasado para revivirlo</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>%1 — Cartera</source>
        <translation>%1 — Cartera</translation>
    </message>
    <message>
        <source>%1 customers, %2 purchases</source>
        <translation>%1 clientes, %2 compras</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>Se exportaron %1 clientes a %2.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete %1 with all purchases and interactions? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar %1 con todas sus compras e interacciones? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>No se pudo guardar la revisión: %1</translation>
    </message>
    <message>
        <source>Portfolio review saved to %1</source>
        <translation>Revisión de la cartera guardada en %1</translation>
    </message>
    <message>
        <source>Open a portfolio first, then import %1 into it.</source>
        <translation>Abra primero una cartera y luego importe %1 en ella.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>What does %1 hold?</source>
        <translation>¿Qué contiene %1?</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>&amp;Compras</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row to %1</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1</numerusform>
            <numerusform>Se exportaron %Ln filas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1</numerusform>
            <numerusform>Se exportaron %Ln filas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartera::NewCustomerDialog</name>
    <message>
        <source>Add customer</source>
        <translation>Añadir cliente</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>A customer needs an id: the one your invoices use, so that their purchases find the customer.</source>
        <translation>Un cliente necesita un identificador: el que usan sus facturas, para que sus compras encuentren al cliente.</translation>
    </message>
</context>
<context>
    <name>cartera::OverviewView</name>
    <message>
        <source>Customers in portfolio</source>
        <translation>Clientes en cartera</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>New (&lt; 1 year)</source>
        <translation>Nuevos (&lt; 1 año)</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Maduros</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Veteranos</translation>
    </message>
    <message>
        <source>Inflow, last 12 months</source>
        <translation>Entradas, últimos 12 meses</translation>
    </message>
    <message>
        <source>Outflow, last 12 months</source>
        <translation>Salidas, últimos 12 meses</translation>
    </message>
    <message>
        <source>Pareto customers (class A)</source>
        <translation>Clientes Pareto (clase A)</translation>
    </message>
    <message>
        <source>Recovered, last 12 months</source>
        <translation>Recuperados, últimos 12 meses</translation>
    </message>
    <message>
        <source>Recovery cases open</source>
        <translation>Casos de recuperación abiertos</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Tareas para hoy</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nada vencido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow health&lt;/b&gt;</source>
        <translation>&lt;b&gt;Salud del flujo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flow health warnings</source>
        <translation>Avisos sobre la salud del flujo</translation>
    </message>
    <message>
        <source>everyone&apos;s</source>
        <translation>de todos</translation>
    </message>
    <message>
        <source>%1, nothing overdue</source>
        <translation>%1, nada vencido</translation>
    </message>
    <message>
        <source>%1, %2 of them overdue</source>
        <translation>%1, %2 de ellas vencidas</translation>
    </message>
    <message>
        <source>Portfolio as of %1</source>
        <translation>Cartera a fecha %1</translation>
    </message>
    <message>
        <source>new customers since %1</source>
        <translation>clientes nuevos desde el %1</translation>
    </message>
    <message>
        <source>customers lost since %1</source>
        <translation>clientes perdidos desde el %1</translation>
    </message>
    <message>
        <source>lost customers who bought again</source>
        <translation>clientes perdidos que volvieron a comprar</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>calculando</translation>
    </message>
    <message>
        <source>%1 corrective actions overdue</source>
        <translation>%1 acciones correctivas vencidas</translation>
    </message>
    <message>
        <source>of %1 buying in 12 months</source>
        <translation>de %1 con compras en 12 meses</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of customers make %2 of revenue&lt;/b&gt;&lt;/span&gt; (last 12 months; Gini %3)</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;El %1 de los clientes genera el %2 de los ingresos&lt;/b&gt;&lt;/span&gt; (últimos 12 meses; Gini %3)</translation>
    </message>
    <message>
        <source>No revenue in the last 12 months.</source>
        <translation>Sin ingresos en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The flows of the last five years were not computed (cancelled); they are computed again with the next change, or with View → Reload.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los flujos de los últimos cinco años no se calcularon (cancelado); se calcularán de nuevo con el próximo cambio o con Ver → Recargar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the flows of the last five years…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calculando los flujos de los últimos cinco años…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No warnings: every stage moved on and left at its usual rate, and inflow covered outflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sin avisos: cada etapa avanzó y se perdió a su ritmo habitual, y las entradas cubrieron las salidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in the last 12 months</source>
        <translation>%1 en los últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 en 12 meses</translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>recovery rate %1, %2 won back</source>
        <translation>tasa de recuperación %1, %2 recuperados</translation>
    </message>
</context>
<context>
    <name>cartera::ParetoTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
</context>
<context>
    <name>cartera::ParetoView</name>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Last N days</source>
        <translation>Últimos N días</translation>
    </message>
    <message>
        <source>Revenue window</source>
        <translation>Ventana de ingresos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Window length in days</source>
        <translation>Duración de la ventana en días</translation>
    </message>
    <message>
        <source>Pareto cut</source>
        <translation>Corte Pareto</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Curva de Pareto</translation>
    </message>
    <message>
        <source>pareto-curve</source>
        <translation>curva-pareto</translation>
    </message>
    <message>
        <source>Ranked customers</source>
        <translation>Clientes en el ranking</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promotion candidates&lt;/b&gt;: the customers just below the cut</source>
        <translation>&lt;b&gt;Candidatos a promoción&lt;/b&gt;: los clientes justo por debajo del corte</translation>
    </message>
    <message>
        <source>Promotion candidates</source>
        <translation>Candidatos a promoción</translation>
    </message>
    <message>
        <source>Export Pareto report</source>
        <translation>Exportar informe Pareto</translation>
    </message>
    <message>
        <source>pareto.csv</source>
        <translation>pareto.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>No customer has net revenue in this window.</source>
        <translation>Ningún cliente tiene ingresos netos en esta ventana.</translation>
    </message>
    <message>
        <source>Revenue concentration</source>
        <translation>Concentración de ingresos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Equality</source>
        <translation>Igualdad</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% de clientes</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% de ingresos</translation>
    </message>
    <message>
        <source>#%1  %2 %3: %4 (%5 below the last Pareto customer)</source>
        <translation>#%1  %2 %3: %4 (%5 por debajo del último cliente Pareto)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of customers make %2 of revenue&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Pareto set: %3 of %4 ranked customers · total %5 · class B ends at rank %6 · Gini %7</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;El %1 de los clientes genera el %2 de los ingresos&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Conjunto Pareto: %3 de %4 clientes en el ranking · total %5 · la clase B termina en el puesto %6 · Gini %7</translation>
    </message>
</context>
<context>
    <name>cartera::PortfolioSession</name>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>Recomputing for %1</source>
        <translation>Recalculando para el %1</translation>
    </message>
    <message>
        <source>Computing the flows of the last five years</source>
        <translation>Calculando los flujos de los últimos cinco años</translation>
    </message>
    <message>
        <source>The rules&apos; tasks could not be stored: %1</source>
        <translation>No se pudieron guardar las tareas de las reglas: %1</translation>
    </message>
    <message>
        <source>The rules added a task to the Today list.</source>
        <translation>Las reglas añadieron una tarea a la lista de Hoy.</translation>
    </message>
    <message>
        <source>The rules added %1 tasks to the Today list.</source>
        <translation>Las reglas añadieron %1 tareas a la lista de Hoy.</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names</source>
        <translation>Leyendo los nombres de los clientes</translation>
    </message>
</context>
<context>
    <name>cartera::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time Cartera starts. Numbers and dates follow the language and your country.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Cartera. Los números y las fechas siguen el idioma y su país.</translation>
    </message>
</context>
<context>
    <name>cartera::ProspectEditor</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Select a prospect.</source>
        <translation>Seleccione un prospecto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3</translation>
    </message>
    <message>
        <source> · customer %1</source>
        <translation> · cliente %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>saliente</translation>
    </message>
</context>
<context>
    <name>cartera::ProspectTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Por qué encaja</translation>
    </message>
</context>
<context>
    <name>cartera::ProspectsView</name>
    <message>
        <source>Filter by name, company or e-mail</source>
        <translation>Filtrar por nombre, empresa o correo</translation>
    </message>
    <message>
        <source>Prospect filter</source>
        <translation>Filtro de prospectos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de situación</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>&amp;New prospect</source>
        <translation>&amp;Nuevo prospecto</translation>
    </message>
    <message>
        <source>&amp;Import prospects…</source>
        <translation>&amp;Importar prospectos…</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>A task about the selected prospect</source>
        <translation>Una tarea sobre el prospecto seleccionado</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Why the prospect fits</source>
        <translation>Por qué encaja el prospecto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral leaderboard&lt;/b&gt;: customers who bring new ones</source>
        <translation>&lt;b&gt;Ranking de recomendaciones&lt;/b&gt;: clientes que traen clientes nuevos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Referral leaderboard</source>
        <translation>Ranking de recomendaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Potential market&lt;/b&gt;: open prospects by industry and region</source>
        <translation>&lt;b&gt;Mercado potencial&lt;/b&gt;: prospectos abiertos por sector y región</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Mean fit</source>
        <translation>Afinidad media</translation>
    </message>
    <message>
        <source>Potential market</source>
        <translation>Mercado potencial</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Importar prospectos</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Drop prospect</source>
        <translation>Descartar prospecto</translation>
    </message>
    <message>
        <source>Why is this prospect dropped?</source>
        <translation>¿Por qué se descarta este prospecto?</translation>
    </message>
    <message>
        <source>Convert to customer</source>
        <translation>Convertir en cliente</translation>
    </message>
    <message>
        <source>Id of the new customer (empty: P and the prospect&apos;s number):</source>
        <translation>Identificador del nuevo cliente (vacío: P y el número del prospecto):</translation>
    </message>
    <message>
        <source>Fit: no profile to compare (add industry, region, size band or tags).</source>
        <translation>Afinidad: no hay perfil que comparar (añada sector, región, tamaño o etiquetas).</translation>
    </message>
    <message>
        <source>Fit %1: %2</source>
        <translation>Afinidad %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 prospects added, %2 already present.</source>
        <translation>%1 prospectos añadidos, %2 ya presentes.</translation>
    </message>
    <message>
        <source>Possible duplicate, the e-mail of a customer: %1.</source>
        <translation>Posible duplicado, el correo de un cliente: %1.</translation>
    </message>
</context>
<context>
    <name>cartera::RecoveryCaseEditor</name>
    <message>
        <source>(not known yet)</source>
        <translation>(aún desconocido)</translation>
    </message>
    <message>
        <source>the action&apos;s due date must be YYYY-MM-DD (not &apos;%1&apos;)</source>
        <translation>la fecha límite de la acción debe ser AAAA-MM-DD (no «%1»)</translation>
    </message>
    <message>
        <source>the expected cost must be an amount such as 120.00 (not &apos;%1&apos;)</source>
        <translation>el coste previsto debe ser un importe como 120.00 (no «%1»)</translation>
    </message>
</context>
<context>
    <name>cartera::RecoveryQueueModel</name>
    <message>
        <source>no case</source>
        <translation>sin caso</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Lost since</source>
        <translation>Perdido desde</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En juego</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>cartera::RecoveryView</name>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Filtro de motivo</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Aún sin caso</translation>
    </message>
    <message>
        <source>&amp;Open cases for the selected</source>
        <translation>&amp;Abrir casos de los seleccionados</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>A task about the selected recovery case</source>
        <translation>Una tarea sobre el caso de recuperación seleccionado</translation>
    </message>
    <message>
        <source>Recovery case %1</source>
        <translation>Caso de recuperación %1</translation>
    </message>
    <message>
        <source>Select a customer with a recovery case first.</source>
        <translation>Seleccione primero un cliente con caso de recuperación.</translation>
    </message>
    <message>
        <source>Losses by reason</source>
        <translation>Pérdidas por motivo</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recuperacion</translation>
    </message>
    <message>
        <source>No loss has a reason yet. Open a case for a lost customer and set its loss reason: the reasons are counted here.</source>
        <translation>Ninguna pérdida tiene motivo todavía. Abra un caso para un cliente perdido e indique el motivo de la pérdida: aquí se cuentan los motivos.</translation>
    </message>
    <message>
        <source>Recovery queue</source>
        <translation>Cola de recuperación</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Cualquier motivo</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>Select a customer with a case, or open cases for the selected customers.</source>
        <translation>Seleccione un cliente con caso, o abra casos para los clientes seleccionados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · %2 %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;opened %5, lost since %6, %7 at stake</source>
        <translation>&lt;b&gt;Caso %1&lt;/b&gt; · %2 %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;abierto el %5, perdido desde el %6, %7 en juego</translation>
    </message>
    <message>
        <source>Dated today, %1: the views show %2.</source>
        <translation>Fechado hoy, %1: las vistas muestran el %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 open cases&lt;/b&gt;, %2 closed: %3 won back, %4 let go.&lt;br&gt;Recovery rate &lt;b&gt;%5&lt;/b&gt; · revenue won back %6 · median %7 days to win back.&lt;br&gt;Losses that were our fault: %8 (%9) · corrective actions: %10 open, %11 overdue.</source>
        <translation>&lt;b&gt;%1 casos abiertos&lt;/b&gt;, %2 cerrados: %3 recuperados, %4 dados por perdidos.&lt;br&gt;Tasa de recuperación &lt;b&gt;%5&lt;/b&gt; · ingresos recuperados %6 · mediana de %7 días hasta recuperar.&lt;br&gt;Pérdidas por culpa nuestra: %8 (%9) · acciones correctivas: %10 abiertas, %11 vencidas.</translation>
    </message>
</context>
<context>
    <name>cartera::RetentionPanel</name>
    <message>
        <source>&amp;Revenue retention</source>
        <translation>&amp;Retención de ingresos</translation>
    </message>
    <message>
        <source>Acquisition cohorts</source>
        <translation>Cohortes de captación</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>por año</translation>
    </message>
    <message>
        <source>Cohort period</source>
        <translation>Periodo de cohorte</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation>Exportar retención</translation>
    </message>
    <message>
        <source>retention.csv</source>
        <translation>retencion.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Retención por cohorte de captación</translation>
    </message>
    <message>
        <source>cohort %1 who bought in %2 %3 after acquisition</source>
        <translation>cohorte %1 que compró en %2 %3 después de la captación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 customers bought; revenue %2</source>
        <translation>%1 clientes compraron; ingresos %2</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>Revenue in each period as a share of the cohort&apos;s first period; columns count periods since acquisition.</source>
        <translation>Ingresos de cada periodo como parte del primer periodo de la cohorte; las columnas cuentan periodos desde la captación.</translation>
    </message>
    <message>
        <source>Share of each cohort that bought in the period; columns count periods since acquisition. Click a cell for its customers.</source>
        <translation>Parte de cada cohorte que compró en el periodo; las columnas cuentan periodos desde la captación. Pulse una celda para ver sus clientes.</translation>
    </message>
</context>
<context>
    <name>cartera::SegmentsView</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Mean lifetime value</source>
        <translation>Valor de vida medio</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>From revenue</source>
        <translation>Desde ingresos de</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Días de compra</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Ingresos 12 m</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Reward tiers</source>
        <translation>Niveles de recompensa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers by recency and frequency&lt;/b&gt; (click a cell for its customers)</source>
        <translation>&lt;b&gt;Clientes por recencia y frecuencia&lt;/b&gt; (pulse una celda para ver sus clientes)</translation>
    </message>
    <message>
        <source>Recency by frequency grid</source>
        <translation>Cuadrícula de recencia por frecuencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;RFM segments&lt;/b&gt; (double-click for the customers)</source>
        <translation>&lt;b&gt;Segmentos RFM&lt;/b&gt; (doble clic para ver los clientes)</translation>
    </message>
    <message>
        <source>Export segment…</source>
        <translation>Exportar segmento…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reward tiers&lt;/b&gt; over the last 12 months</source>
        <translation>&lt;b&gt;Niveles de recompensa&lt;/b&gt; en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Export tier…</source>
        <translation>Exportar nivel…</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Puntuando clientes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 customers&lt;/b&gt; scored on recency, frequency and spend over all time up to %2. Scores run from 1 to 5; equal values get equal scores.</source>
        <translation>&lt;b&gt;%1 clientes&lt;/b&gt; puntuados por recencia, frecuencia y gasto en todo el historial hasta el %2. Las puntuaciones van de 1 a 5; valores iguales reciben la misma puntuación.</translation>
    </message>
    <message>
        <source>R%1 F%2: %3 customers, revenue %4, mean spend %5</source>
        <translation>R%1 F%2: %3 clientes, ingresos %4, gasto medio %5</translation>
    </message>
    <message>
        <source>R5</source>
        <translation>R5</translation>
    </message>
    <message>
        <source>R4</source>
        <translation>R4</translation>
    </message>
    <message>
        <source>R3</source>
        <translation>R3</translation>
    </message>
    <message>
        <source>R2</source>
        <translation>R2</translation>
    </message>
    <message>
        <source>R1</source>
        <translation>R1</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>R \ F</source>
        <translation>R \ F</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>In the last 12 months %1 customers moved up a tier (they bought %2 in that time) and %3 moved down (%4).</source>
        <translation>En los últimos 12 meses %1 clientes subieron de nivel (compraron %2 en ese tiempo) y %3 bajaron (%4).</translation>
    </message>
    <message>
        <source>R%1 F%2</source>
        <translation>R%1 F%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose a tier first.</source>
        <translation>Elija primero un nivel.</translation>
    </message>
    <message>
        <source>Choose a segment first.</source>
        <translation>Elija primero un segmento.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>cartera::SettingsDialog</name>
    <message>
        <source>Task &amp;rules</source>
        <translation>&amp;Reglas de tareas</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
</context>
<context>
    <name>cartera::TaskRulesPage</name>
    <message>
        <source>A class A customer turns at risk</source>
        <translation>Un cliente de clase A pasa a estar en riesgo</translation>
    </message>
    <message>
        <source>Class A or B with P(alive) below, %</source>
        <translation>Clase A o B con P(activo) por debajo de, %</translation>
    </message>
    <message>
        <source>New customer without a second purchase after, days</source>
        <translation>Cliente nuevo sin segunda compra tras, días</translation>
    </message>
    <message>
        <source>A customer moves down a reward tier</source>
        <translation>Un cliente baja de nivel de recompensa</translation>
    </message>
    <message>
        <source>A veteran&apos;s 12-month revenue falls by more than, %</source>
        <translation>Los ingresos de 12 meses de un veterano caen más de, %</translation>
    </message>
    <message>
        <source>A birthday within, days</source>
        <translation>Un cumpleaños dentro de, días</translation>
    </message>
    <message>
        <source>A recovery case&apos;s corrective action is overdue</source>
        <translation>La acción correctiva de un caso de recuperación está vencida</translation>
    </message>
    <message>
        <source>A contacted case without an attempt for, days</source>
        <translation>Un caso contactado sin intentos durante, días</translation>
    </message>
    <message>
        <source>An open prospect without a contact for, days</source>
        <translation>Un prospecto abierto sin contacto durante, días</translation>
    </message>
    <message>
        <source>Ignore occasions older than, days</source>
        <translation>Ignorar ocasiones de hace más de, días</translation>
    </message>
    <message>
        <source>Rules run when a portfolio opens, after every import, and with &lt;tt&gt;cartera-cli rules run&lt;/tt&gt;. Each writes one task per customer and occasion, due on the day the occasion began; a dismissed task does not come back.</source>
        <translation>Las reglas se ejecutan al abrir una cartera, tras cada importación y con &lt;tt&gt;cartera-cli rules run&lt;/tt&gt;. Cada una escribe una tarea por cliente y ocasión, con vencimiento el día en que empezó la ocasión; una tarea descartada no vuelve.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>cartera::TodayView</name>
    <message>
        <source>Keep valuable customers</source>
        <translation>Conservar a los clientes valiosos</translation>
    </message>
    <message>
        <source>Welcome new customers</source>
        <translation>Dar la bienvenida a los clientes nuevos</translation>
    </message>
    <message>
        <source>Customers spending less</source>
        <translation>Clientes que gastan menos</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Recovery cases</source>
        <translation>Casos de recuperación</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Tareas para hoy</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecha</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>D&amp;escartar…</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>Keys: Enter opens, D marks done, S snoozes, Delete dismisses. Tasks come from the rules (Settings → Task rules) and from the New task buttons.</source>
        <translation>Teclas: Intro abre, D marca como hecha, S pospone, Supr descarta. Las tareas vienen de las reglas (Ajustes → Reglas de tareas) y de los botones Nueva tarea.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%1, a day late</source>
        <translation>%1, un día de retraso</translation>
    </message>
    <message>
        <source>%1, %2 days late</source>
        <translation>%1, %2 días de retraso</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada vence hoy.</translation>
    </message>
    <message>
        <source>%1 due today, %2 overdue</source>
        <translation>%1 para hoy, %2 vencidas</translation>
    </message>
    <message>
        <source>Dismiss task</source>
        <translation>Descartar tarea</translation>
    </message>
    <message>
        <source>Why is this task not needed? The rule will not bring it back for this occasion.</source>
        <translation>¿Por qué no hace falta esta tarea? La regla no la volverá a crear para esta ocasión.</translation>
    </message>
    <message>
        <source>Select a task&apos;s customer here, or use New task in the customer window.</source>
        <translation>Seleccione aquí el cliente de la tarea, o use Nueva tarea en la ventana del cliente.</translation>
    </message>
</context>
<context>
    <name>cartera::UserGuideDialog</name>
    <message>
        <source>Cartera User Guide</source>
        <translation>Guía de usuario de Cartera</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
</context>
<context>
    <name>cartera::ValueView</name>
    <message>
        <source>&lt;b&gt;Lifetime value by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valor de vida por&lt;/b&gt;</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segmento RFM</translation>
    </message>
    <message>
        <source>reward tier</source>
        <translation>nivel de recompensa</translation>
    </message>
    <message>
        <source>acquisition year</source>
        <translation>año de captación</translation>
    </message>
    <message>
        <source>Group lifetime value by</source>
        <translation>Agrupar el valor de vida por</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>P(activo) media</translation>
    </message>
    <message>
        <source>Purchases next 12 weeks</source>
        <translation>Compras en las próximas 12 semanas</translation>
    </message>
    <message>
        <source>Lifetime value by group</source>
        <translation>Valor de vida por grupo</translation>
    </message>
    <message>
        <source>Lifetime value distribution</source>
        <translation>Distribución del valor de vida</translation>
    </message>
    <message>
        <source>lifetime-value</source>
        <translation>valor-de-vida</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holdout check&lt;/b&gt;: fit on purchases up to</source>
        <translation>&lt;b&gt;Prueba de validación&lt;/b&gt;: ajustar con las compras hasta el</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>Fin de la calibración</translation>
    </message>
    <message>
        <source>and predict the rest up to the as-of day</source>
        <translation>y predecir el resto hasta la fecha de análisis</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value models…</source>
        <translation>Ajustando los modelos de valor de vida…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purchases&lt;/b&gt; (BG/NBD over %1 customers): r = %2, α = %3, a = %4, b = %5, log-likelihood %6 — %7.&lt;br&gt;&lt;b&gt;Spend&lt;/b&gt; (Gamma-Gamma over %8 repeat customers): p = %9, q = %10, γ = %11 — %12.</source>
        <translation>&lt;b&gt;Compras&lt;/b&gt; (BG/NBD sobre %1 clientes): r = %2, α = %3, a = %4, b = %5, log-verosimilitud %6 — %7.&lt;br&gt;&lt;b&gt;Gasto&lt;/b&gt; (Gamma-Gamma sobre %8 clientes recurrentes): p = %9, q = %10, γ = %11 — %12.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergió</translation>
    </message>
    <message>
        <source>&lt;b&gt;not converged&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;no convergió&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Lifetime value: the purchases expected over the next %1 months times the expected spend, discounted %2 a month.</source>
        <translation>Valor de vida: las compras esperadas en los próximos %1 meses por el gasto esperado, descontado un %2 al mes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lifetime values are shown&lt;/b&gt;: a model that did not converge would give numbers that mean nothing.</source>
        <translation>&lt;b&gt;No se muestran valores de vida&lt;/b&gt;: un modelo que no convergió daría cifras sin sentido.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>How lifetime value is spread (customers per band)</source>
        <translation>Cómo se reparte el valor de vida (clientes por tramo)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>lifetime value from (%1)</source>
        <translation>valor de vida desde (%1)</translation>
    </message>
</context>
</TS>
