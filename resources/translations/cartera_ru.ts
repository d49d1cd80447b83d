<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Cartera %1&lt;/h3&gt;&lt;p&gt;Customer portfolios as a flow: lifecycle stages, cohort flow, Pareto 80/20 and the recovery of lost customers.&lt;/p&gt;&lt;p&gt;Built on Qt %2 and SQLite %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence.&lt;/b&gt; Cartera&apos;s source code is under the MIT licence. This program links Qt Charts, which is licensed under the GNU General Public License version 3 only; the program as a whole is therefore distributed under the terms of the GPL version 3, and whoever passes it on must offer its source under those terms. Qt&apos;s other modules are under the GNU LGPL version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cartera %1&lt;/h3&gt;&lt;p&gt;Клиентский портфель как поток: стадии жизненного цикла, поток когорт, Парето 80/20 и возврат потерянных клиентов.&lt;/p&gt;&lt;p&gt;Создано на Qt %2 и SQLite %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Лицензия.&lt;/b&gt; Исходный код Cartera распространяется по лицензии MIT. Программа использует Qt Charts, доступный только по GNU General Public License версии 3; поэтому программа в целом распространяется на условиях GPL версии 3, и тот, кто её передаёт, должен предоставлять исходный код на этих условиях. Остальные модули Qt распространяются по GNU LGPL версии 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Cartera</source>
        <translation>О программе Cartera</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Saved &amp;list:</source>
        <translation>&amp;Сохранённый список:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>e.g. 10 % off the spring collection</source>
        <translation>например, скидка 10 % на весеннюю коллекцию</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>C&amp;ontrol group:</source>
        <translation>&amp;Контрольная группа:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Evaluation window:</source>
        <translation>&amp;Окно оценки:</translation>
    </message>
    <message>
        <source>S&amp;eed of the draw:</source>
        <translation>&amp;Зерно выборки:</translation>
    </message>
    <message>
        <source>The control group is drawn at random (the same seed draws the same customers) and is not contacted; everyone else gets a contact logged on the start day.</source>
        <translation>Контрольная группа выбирается случайно (одно и то же зерно выбирает тех же клиентов), с ней не связываются; всем остальным в день начала записывается контакт.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cartera: a customer portfolio as a flow. Lifecycle stages, cohort flow, Pareto 80/20 and the recovery of lost customers.</source>
        <translation>Cartera: клиентский портфель как поток. Стадии жизненного цикла, поток когорт, Парето 80/20 и возврат потерянных клиентов.</translation>
    </message>
    <message>
        <source>A portfolio (.cartera) to open, or a CSV file to import</source>
        <translation>Портфель (.cartera) для открытия или CSV-файл для импорта</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Укажите не больше одного файла для открытия.</translation>
    </message>
</context>
<context>
    <name>CustomerContactForm</name>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Birthday (YYYY-MM-DD)</source>
        <translation>День рождения (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Customer since (YYYY-MM-DD)</source>
        <translation>Клиент с (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Referred by (customer id)</source>
        <translation>Рекомендован (ид. клиента)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>region or city</source>
        <translation>регион или город</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>size band</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>customer id</source>
        <translation>код клиента</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>клиент с</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>по рекомендации</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>size band</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>task text</source>
        <translation>текст задачи</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation>название кампании</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>list name</source>
        <translation>название списка</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>стадия</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>активность</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>adolescent from (months)</source>
        <translation>подросток с (месяцев)</translation>
    </message>
    <message>
        <source>mature from (months)</source>
        <translation>зрелый с (месяцев)</translation>
    </message>
    <message>
        <source>veteran from (months)</source>
        <translation>ветеран с (месяцев)</translation>
    </message>
    <message>
        <source>at risk after (days)</source>
        <translation>под угрозой через (дней)</translation>
    </message>
    <message>
        <source>lost after (days)</source>
        <translation>потерян через (дней)</translation>
    </message>
    <message>
        <source>cadence factor</source>
        <translation>множитель ритма</translation>
    </message>
    <message>
        <source>Pareto cut</source>
        <translation>порог Парето</translation>
    </message>
    <message>
        <source>class B cut</source>
        <translation>порог класса B</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>CLV horizon (months)</source>
        <translation>горизонт CLV (месяцев)</translation>
    </message>
    <message>
        <source>monthly discount</source>
        <translation>месячное дисконтирование</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» — это папка, а не файл.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a pipe or a device).</source>
        <translation>«%1» — не обычный файл (канал или устройство).</translation>
    </message>
    <message>
        <source>“%1” is a database (a portfolio?); it is not overwritten with a report. Choose another file name.</source>
        <translation>«%1» — база данных (портфель?); она не перезаписывается отчётом. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot start a workbook in %1.</source>
        <translation>Не удаётся создать книгу в %1.</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Не удаётся записать книгу %1: %2</translation>
    </message>
    <message>
        <source>%1: a spreadsheet holds at most %2 rows below its header, and this table has %3. Filter it first, or export CSV.</source>
        <translation>%1: в электронной таблице помещается не более %2 строк под заголовком, а в этой таблице %3. Сначала отфильтруйте её или экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>The UTF-16 text ends in the middle of a character.</source>
        <translation>Текст UTF-16 обрывается посреди символа.</translation>
    </message>
    <message>
        <source>Invalid UTF-16 (an unpaired surrogate at byte %1).</source>
        <translation>Неверный UTF-16 (непарный суррогат в байте %1).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; choose its encoding.</source>
        <translation>Файл не является корректным UTF-8; выберите его кодировку.</translation>
    </message>
    <message>
        <source>The file holds a NUL byte: it is binary, or text in an encoding other than UTF-8 or Windows-1252.</source>
        <translation>В файле есть байт NUL: он двоичный или записан в кодировке, отличной от UTF-8 и Windows-1252.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Поле в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>Неожиданный текст после закрывающей кавычки.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named “%3”: the %4 column cannot be told.</source>
        <translation>Столбцы %1 и %2 оба называются «%3»: нельзя понять, какой из них — %4.</translation>
    </message>
    <message>
        <source>Unknown column role “%1”.</source>
        <translation>Неизвестная роль столбца: «%1».</translation>
    </message>
    <message>
        <source>No column “%1” for %2 (the file has %3 columns).</source>
        <translation>Нет столбца «%1» для поля «%2» (в файле %3 столбцов).</translation>
    </message>
    <message>
        <source>No %1 column.</source>
        <translation>Нет столбца «%1».</translation>
    </message>
    <message>
        <source>No amount column (or unit price column).</source>
        <translation>Нет столбца суммы (или цены за единицу).</translation>
    </message>
    <message>
        <source>Every date fits both day/month and month/day order, such as this one: the date format must be chosen.</source>
        <translation>Все даты подходят и под порядок день/месяц, и под месяц/день, как эта: нужно выбрать формат даты.</translation>
    </message>
    <message>
        <source>The date is not in a known format (YYYY-MM-DD, YYYYMMDD, D.M.YYYY, D/M/YYYY or M/D/YYYY, a time of day may follow).</source>
        <translation>Дата не в известном формате (ГГГГ-ММ-ДД, ГГГГММДД, Д.М.ГГГГ, Д/М/ГГГГ или М/Д/ГГГГ, за ней может идти время).</translation>
    </message>
    <message>
        <source>Expected %1 columns, found %2.</source>
        <translation>Ожидалось столбцов: %1, найдено: %2.</translation>
    </message>
    <message>
        <source>The %1 is not a date in the chosen format.</source>
        <translation>Поле «%1» — не дата в выбранном формате.</translation>
    </message>
    <message>
        <source>The %1 is not a date in the format %2.</source>
        <translation>Поле «%1» — не дата в формате %2.</translation>
    </message>
    <message>
        <source>The %1 is not an amount with decimal separator “%2” and at most %3 decimals.</source>
        <translation>Поле «%1» — не сумма с десятичным разделителем «%2» и не более чем %3 знаками после него.</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Поле «%1» пустое.</translation>
    </message>
    <message>
        <source>The quantity is not a number with at most 3 decimals.</source>
        <translation>Количество — не число с не более чем 3 знаками после запятой.</translation>
    </message>
    <message>
        <source>Quantity × unit price is too large.</source>
        <translation>Количество × цена за единицу слишком велико.</translation>
    </message>
    <message>
        <source>The order’s total is too large.</source>
        <translation>Сумма заказа слишком велика.</translation>
    </message>
    <message>
        <source>The source must be directory, list, press, event, web or referral.</source>
        <translation>Источник должен быть: справочник, список, пресса, мероприятие, сайт или рекомендация.</translation>
    </message>
    <message>
        <source>“Referred by” names no known customer.</source>
        <translation>«По рекомендации» не указывает ни на одного известного клиента.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters (%3).</source>
        <translation>Поле «%1» длиннее %2 символов (%3).</translation>
    </message>
    <message>
        <source>The channel must be call, e-mail, letter, visit or SMS (not “%1”).</source>
        <translation>Канал должен быть: звонок, эл. почта, письмо, визит или SMS (а не «%1»).</translation>
    </message>
    <message>
        <source>The direction must be in or out (not “%1”).</source>
        <translation>Направление должно быть входящим или исходящим (а не «%1»).</translation>
    </message>
    <message>
        <source>The source must be directory, list, press, event, web or referral (not “%1”).</source>
        <translation>Источник должен быть: справочник, список, пресса, мероприятие, сайт или рекомендация (а не «%1»).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (not “%4”).</source>
        <translation>«%1» должно быть целым числом от %2 до %3 (а не «%4»).</translation>
    </message>
    <message>
        <source>%1 must be a fraction above 0 and at most 1, such as 0.8 or 80% (not “%2”).</source>
        <translation>«%1» должно быть долей больше 0 и не больше 1, например 0.8 или 80% (а не «%2»).</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR (not “%1”).</source>
        <translation>Валюта должна быть трёхбуквенным кодом ISO 4217, например EUR (а не «%1»).</translation>
    </message>
    <message>
        <source>Unknown setting “%1”.</source>
        <translation>Неизвестный параметр: «%1».</translation>
    </message>
    <message>
        <source>Stage boundaries must rise: adolescent &lt; mature &lt; veteran.</source>
        <translation>Границы стадий должны возрастать: подросток &lt; зрелый &lt; ветеран.</translation>
    </message>
    <message>
        <source>The class B cut must not be below the Pareto cut.</source>
        <translation>Порог класса B не может быть ниже порога Парето.</translation>
    </message>
    <message>
        <source>%1 must be on or off (not “%2”).</source>
        <translation>«%1» должно быть on или off (а не «%2»).</translation>
    </message>
    <message>
        <source>%1 must be off or a whole number from %2 to %3 (not “%4”).</source>
        <translation>«%1» должно быть off или целым числом от %2 до %3 (а не «%4»).</translation>
    </message>
    <message>
        <source>No rule setting “%1”.</source>
        <translation>Нет параметра правила «%1».</translation>
    </message>
    <message>
        <source>%1 line %2 (“%3”): expected “%4”.</source>
        <translation>%1, строка %2 («%3»): ожидалось «%4».</translation>
    </message>
    <message>
        <source>%1 line %2 (“%3”): a name is needed.</source>
        <translation>%1, строка %2 («%3»): нужно имя.</translation>
    </message>
    <message>
        <source>Segment line %1 (“%2”): “Others” is what no row matches; it cannot be a row.</source>
        <translation>Сегмент, строка %1 («%2»): «Others» — это то, что не подходит ни под одну строку; это не может быть строкой.</translation>
    </message>
    <message>
        <source>Segment line %1 (“%2”): “%3” is not a range such as R4-5 (scores 1 to 5).</source>
        <translation>Сегмент, строка %1 («%2»): «%3» — не диапазон вида R4-5 (баллы от 1 до 5).</translation>
    </message>
    <message>
        <source>Segment line %1 (“%2”): %3 is given twice.</source>
        <translation>Сегмент, строка %1 («%2»): %3 указано дважды.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): “%3” is not an amount such as 250.00.</source>
        <translation>Уровень, строка %1 («%2»): «%3» — не сумма вида 250.00.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): “%3” is not a number of purchase days from 0 to 366.</source>
        <translation>Уровень, строка %1 («%2»): «%3» — не число дней с покупками от 0 до 366.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): a tier must ask at least what %3 asks.</source>
        <translation>Уровень, строка %1 («%2»): уровень должен требовать не меньше, чем %3.</translation>
    </message>
    <message>
        <source>Tier line %1 (“%2”): at most 100 tiers.</source>
        <translation>Уровень, строка %1 («%2»): не более 100 уровней.</translation>
    </message>
    <message>
        <source>The %1 table has no rows.</source>
        <translation>В таблице «%1» нет строк.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3.</source>
        <translation>%1 «%2» — не одно из значений: %3.</translation>
    </message>
    <message>
        <source>“%1” is not key=value.</source>
        <translation>«%1» — не в виде ключ=значение.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>Нет сегмента «%1».</translation>
    </message>
    <message>
        <source>There is no tier “%1”.</source>
        <translation>Нет уровня «%1».</translation>
    </message>
    <message>
        <source>Unknown key “%1” (stage, activity, class, owner, segment, tier, text).</source>
        <translation>Неизвестный ключ «%1» (stage, activity, class, owner, segment, tier, text).</translation>
    </message>
    <message>
        <source>Cannot create the portfolio “%1”: %2</source>
        <translation>Не удаётся создать портфель «%1»: %2</translation>
    </message>
    <message>
        <source>The portfolio “%1” is locked: another program (Cartera or cartera-cli) has been writing to it for longer than Cartera waits. Nothing was changed. Try again when it has finished.</source>
        <translation>Портфель «%1» заблокирован: другая программа (Cartera или cartera-cli) пишет в него дольше, чем Cartera готова ждать. Ничего не изменено. Повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>The portfolio “%1” is read-only; nothing was changed.</source>
        <translation>Портфель «%1» доступен только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full; nothing was changed.</source>
        <translation>Диск, на котором находится «%1», заполнен; ничего не изменено.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Cartera portfolio (%2); it was left untouched.</source>
        <translation>«%1» повреждён или не является портфелем Cartera (%2); файл не тронут.</translation>
    </message>
    <message>
        <source>Cannot open the portfolio “%1”: %2</source>
        <translation>Не удаётся открыть портфель «%1»: %2</translation>
    </message>
    <message>
        <source>Portfolio “%1”: %2</source>
        <translation>Портфель «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«%1» уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>There is no portfolio at “%1”.</source>
        <translation>По пути «%1» нет портфеля.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a portfolio; it was left untouched.</source>
        <translation>«%1» — пустой файл, а не портфель; файл не тронут.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Cartera portfolio; it was left untouched.</source>
        <translation>«%1» — база данных другой программы, а не портфель Cartera; файл не тронут.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Cartera (schema %2, this one knows %3); it was left untouched.</source>
        <translation>«%1» записан более новой версией Cartera (схема %2, эта версия знает %3); файл не тронут.</translation>
    </message>
    <message>
        <source>A purchase belongs to no customer: the portfolio changed while it was read, or it is damaged.</source>
        <translation>Покупка не принадлежит ни одному клиенту: портфель изменился во время чтения или повреждён.</translation>
    </message>
    <message>
        <source>The demo goes into an empty portfolio; this one has customers.</source>
        <translation>Демонстрационные данные загружаются только в пустой портфель, а в этом уже есть клиенты.</translation>
    </message>
    <message>
        <source>A customer needs an id.</source>
        <translation>У клиента должен быть код.</translation>
    </message>
    <message>
        <source>A customer with the id “%1” already exists.</source>
        <translation>Клиент с кодом «%1» уже существует.</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists.</source>
        <translation>Клиента %1 больше нет.</translation>
    </message>
    <message>
        <source>There is no customer “%1” to be the referrer.</source>
        <translation>Нет клиента «%1», который мог бы быть рекомендателем.</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>У списка должно быть название.</translation>
    </message>
    <message>
        <source>There is no list “%1”.</source>
        <translation>Нет списка «%1».</translation>
    </message>
    <message>
        <source>The list “%1” has no customers.</source>
        <translation>В списке «%1» нет клиентов.</translation>
    </message>
    <message>
        <source>A task needs a text.</source>
        <translation>У задачи должен быть текст.</translation>
    </message>
    <message>
        <source>A snoozed task needs the day it comes back.</source>
        <translation>Для отложенной задачи нужен день, когда она вернётся.</translation>
    </message>
    <message>
        <source>Dismissing a task needs a reason.</source>
        <translation>Чтобы отклонить задачу, нужна причина.</translation>
    </message>
    <message>
        <source>Task %1 does not exist.</source>
        <translation>Задачи %1 не существует.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>У кампании должно быть название.</translation>
    </message>
    <message>
        <source>The control group must be 1 to 50 % of the list.</source>
        <translation>Контрольная группа должна составлять от 1 до 50 % списка.</translation>
    </message>
    <message>
        <source>The evaluation window must be 1 to 730 days.</source>
        <translation>Окно оценки должно быть от 1 до 730 дней.</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Кампания «%1» уже существует.</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Кампании %1 не существует.</translation>
    </message>
    <message>
        <source>A prospect needs a name.</source>
        <translation>У потенциального клиента должно быть имя.</translation>
    </message>
    <message>
        <source>Prospect %1 does not exist.</source>
        <translation>Потенциального клиента %1 не существует.</translation>
    </message>
    <message>
        <source>Convert a prospect with Convert: it creates the customer.</source>
        <translation>Преобразуйте потенциального клиента кнопкой «Преобразовать»: она создаёт клиента.</translation>
    </message>
    <message>
        <source>Say why the prospect is dropped.</source>
        <translation>Укажите, почему потенциальный клиент отброшен.</translation>
    </message>
    <message>
        <source>The prospect is already %1.</source>
        <translation>Потенциальный клиент уже в состоянии «%1».</translation>
    </message>
    <message>
        <source>A prospect that is %1 cannot become %2 (the order is new → contacted → qualified → converted, or dropped).</source>
        <translation>Потенциальный клиент в состоянии «%1» не может перейти в «%2» (порядок: новый → связались → квалифицирован → преобразован, или отброшен).</translation>
    </message>
    <message>
        <source>This customer already has an open recovery case.</source>
        <translation>У этого клиента уже есть открытое дело о возврате.</translation>
    </message>
    <message>
        <source>Recovery case %1 does not exist.</source>
        <translation>Дела о возврате %1 не существует.</translation>
    </message>
    <message>
        <source>Verify that the customer is really lost, and why, before trying to win it back.</source>
        <translation>Прежде чем пытаться вернуть клиента, подтвердите, что он действительно потерян, и почему.</translation>
    </message>
    <message>
        <source>The case is closed; a new case opens only when the customer is lost again after buying.</source>
        <translation>Дело закрыто; новое откроется, только если клиент снова будет потерян после покупки.</translation>
    </message>
    <message>
        <source>The case is closed (%1); open a new case to try again.</source>
        <translation>Дело закрыто (%1); чтобы попробовать снова, откройте новое.</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2 (the order is identified → verified → contacted → won back or let go).</source>
        <translation>Дело в состоянии «%1» не может перейти в «%2» (порядок: выявлено → подтверждено → связались → возвращён или отпущен).</translation>
    </message>
    <message>
        <source>Verifying a loss needs its reason (price, service failure, …).</source>
        <translation>Чтобы подтвердить потерю, нужна её причина (цена, сбой в обслуживании, …).</translation>
    </message>
    <message>
        <source>Letting a customer go needs a reason, e.g. recovery would cost more than it brings back.</source>
        <translation>Чтобы отпустить клиента, нужна причина, например: возврат обойдётся дороже, чем принесёт.</translation>
    </message>
    <message>
        <source>A step of a case cannot be dated before the case opened (%1).</source>
        <translation>Шаг дела не может быть датирован раньше открытия дела (%1).</translation>
    </message>
    <message>
        <source>A step of a case cannot be dated after today (%1).</source>
        <translation>Шаг дела не может быть датирован позже сегодняшнего дня (%1).</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue of loss reasons; add it there first.</source>
        <translation>«%1» нет в каталоге причин потери; сначала добавьте её туда.</translation>
    </message>
    <message>
        <source>A loss reason needs a name.</source>
        <translation>У причины потери должно быть название.</translation>
    </message>
    <message>
        <source>“%1” is already a loss reason.</source>
        <translation>«%1» уже есть среди причин потери.</translation>
    </message>
    <message>
        <source>There is no loss reason “%1”.</source>
        <translation>Нет причины потери «%1».</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“At risk after” must be below “lost after”.</source>
        <translation>«Под угрозой через» должно быть меньше, чем «потерян через».</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>a problem and the value it is about</comment>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>Only %1 customers bought in the calibration period; the model needs more.</source>
        <translation>В периоде калибровки покупали только %1 клиентов; модели нужно больше.</translation>
    </message>
    <message>
        <source>The likelihood could not be evaluated for any parameters.</source>
        <translation>Правдоподобие не удалось вычислить ни при каких параметрах.</translation>
    </message>
    <message>
        <source>A parameter ran off to zero or infinity: the data do not determine the model (too few repeat purchases, or a calibration period too short).</source>
        <translation>Параметр ушёл в ноль или бесконечность: данные не определяют модель (слишком мало повторных покупок или слишком короткий период калибровки).</translation>
    </message>
    <message>
        <source>The fit did not settle: the likelihood has no clear maximum on these data.</source>
        <translation>Подгонка не сошлась: у правдоподобия нет явного максимума на этих данных.</translation>
    </message>
    <message>
        <source>Only %1 customers bought again in the calibration period; the spend model needs more.</source>
        <translation>В периоде калибровки повторно покупали только %1 клиентов; модели расходов нужно больше.</translation>
    </message>
    <message>
        <source>The spend likelihood could not be evaluated for any parameters.</source>
        <translation>Правдоподобие расходов не удалось вычислить ни при каких параметрах.</translation>
    </message>
    <message>
        <source>A spend parameter ran off to zero or infinity: the data do not determine the model.</source>
        <translation>Параметр расходов ушёл в ноль или бесконечность: данные не определяют модель.</translation>
    </message>
    <message>
        <source>q ≤ 1: the model gives no finite mean spend.</source>
        <translation>q ≤ 1: модель не даёт конечного среднего расхода.</translation>
    </message>
    <message>
        <source>The spend fit did not settle: the likelihood has no clear maximum.</source>
        <translation>Подгонка расходов не сошлась: у правдоподобия нет явного максимума.</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Ни один портфель не открыт.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the reason of %Ln case; rename it instead of removing it.</source>
        <translation>
            <numerusform>«%1» — причина %Ln дела; переименуйте её вместо удаления.</numerusform>
            <numerusform>«%1» — причина %Ln дел; переименуйте её вместо удаления.</numerusform>
            <numerusform>«%1» — причина %Ln дел; переименуйте её вместо удаления.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the reason of %Ln cases; rename it instead of removing it.</source>
        <translation>
            <numerusform>«%1» — причина %Ln дела; переименуйте её вместо удаления.</numerusform>
            <numerusform>«%1» — причина %Ln дел; переименуйте её вместо удаления.</numerusform>
            <numerusform>«%1» — причина %Ln дел; переименуйте её вместо удаления.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers&apos; names are still being read; try again in a moment.</source>
        <translation>Имена клиентов ещё загружаются; повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>new customers</source>
        <translation>новые клиенты</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>adolescent</source>
        <translation>подросток</translation>
    </message>
    <message>
        <source>mature</source>
        <translation>зрелый</translation>
    </message>
    <message>
        <source>veteran</source>
        <translation>ветеран</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потерян</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>not yet customers</source>
        <translation>ещё не клиенты</translation>
    </message>
    <message>
        <source>%1 → %2: %3 customers, revenue %4 in the period</source>
        <translation>%1 → %2: клиентов %3, выручка %4 за период</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Choose the column for %1 on the previous page (Back).</source>
        <translation>Выберите столбец для «%1» на предыдущей странице (Назад).</translation>
    </message>
    <message>
        <source>Check the column choices on the previous page (Back).</source>
        <translation>Проверьте выбор столбцов на предыдущей странице (Назад).</translation>
    </message>
    <message>
        <source>Choose the column for %1 by hand on the previous page (Back).</source>
        <translation>Выберите столбец для «%1» вручную на предыдущей странице (Назад).</translation>
    </message>
    <message>
        <source>Choose the date format on the previous page (Back).</source>
        <translation>Выберите формат даты на предыдущей странице (Назад).</translation>
    </message>
    <message>
        <source>Correct the row in the file, or go Back and tick “Skip bad rows” to import the rest.</source>
        <translation>Исправьте строку в файле или вернитесь Назад и отметьте «Пропускать ошибочные строки», чтобы импортировать остальное.</translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation>Столбцы разделены: %1.</translation>
    </message>
    <message>
        <source>runs of blanks</source>
        <translation>серии пробелов</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>запятые</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>точки с запятой</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляции</translation>
    </message>
    <message>
        <source>The first row is a header.</source>
        <translation>Первая строка — заголовок.</translation>
    </message>
    <message>
        <source>No header row: columns are taken by position.</source>
        <translation>Без строки заголовка: столбцы берутся по порядку.</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translation>Даты читаются как %1.</translation>
    </message>
    <message>
        <source>The date format cannot be told from the file: choose it.</source>
        <translation>Формат даты нельзя определить по файлу: выберите его.</translation>
    </message>
    <message>
        <source>Each line&apos;s amount is its %1 column.</source>
        <translation>Сумма каждой строки — её столбец «%1».</translation>
    </message>
    <message>
        <source>Each line&apos;s amount is quantity × unit price.</source>
        <translation>Сумма каждой строки — количество × цена за единицу.</translation>
    </message>
    <message>
        <source>Choose the column for amount, or for unit price.</source>
        <translation>Выберите столбец суммы или цены за единицу.</translation>
    </message>
    <message>
        <source>Lines of one order, customer and day become one purchase; credit notes (C…) and negative quantities are refunds.</source>
        <translation>Строки одного заказа, клиента и дня становятся одной покупкой; кредит-ноты (C…) и отрицательные количества — возвраты.</translation>
    </message>
    <message>
        <source>Lines without a customer (empty, NA, NULL, -) are skipped and counted.</source>
        <translation>Строки без клиента (пусто, NA, NULL, -) пропускаются и подсчитываются.</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma.</source>
        <translation>В суммах десятичная запятая.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt; %1 read: %2 (%3).</source>
        <translation>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитано: %1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already present, %4 new customers, %5 rejected.</source>
        <translation>Добавлено: %1, обновлено: %2, уже были: %3, новых клиентов: %4, отклонено: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase</source>
        <translation>
            <numerusform>%Ln покупка</numerusform>
            <numerusform>%Ln покупки</numerusform>
            <numerusform>%Ln покупок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases</source>
        <translation>
            <numerusform>%Ln покупка</numerusform>
            <numerusform>%Ln покупки</numerusform>
            <numerusform>%Ln покупок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund</source>
        <translation>
            <numerusform>%Ln возврат</numerusform>
            <numerusform>%Ln возврата</numerusform>
            <numerusform>%Ln возвратов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refunds</source>
        <translation>
            <numerusform>%Ln возврат</numerusform>
            <numerusform>%Ln возврата</numerusform>
            <numerusform>%Ln возвратов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line was added to the purchase of its order.</source>
        <translation>
            <numerusform>%Ln строка добавлена к покупке своего заказа.</numerusform>
            <numerusform>%Ln строки добавлены к покупке своего заказа.</numerusform>
            <numerusform>%Ln строк добавлено к покупке своего заказа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines were added to the purchase of their order.</source>
        <translation>
            <numerusform>%Ln строка добавлена к покупке своего заказа.</numerusform>
            <numerusform>%Ln строки добавлены к покупке своего заказа.</numerusform>
            <numerusform>%Ln строк добавлено к покупке своего заказа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line without a customer was skipped.</source>
        <translation>
            <numerusform>Пропущена %Ln строка без клиента.</numerusform>
            <numerusform>Пропущены %Ln строки без клиента.</numerusform>
            <numerusform>Пропущено %Ln строк без клиента.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines without a customer were skipped.</source>
        <translation>
            <numerusform>Пропущена %Ln строка без клиента.</numerusform>
            <numerusform>Пропущены %Ln строки без клиента.</numerusform>
            <numerusform>Пропущено %Ln строк без клиента.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported.&lt;/b&gt; %Ln row read.</source>
        <translation>
            <numerusform>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитана %Ln строка.</numerusform>
            <numerusform>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитаны %Ln строки.</numerusform>
            <numerusform>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитано %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported.&lt;/b&gt; %Ln rows read.</source>
        <translation>
            <numerusform>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитана %Ln строка.</numerusform>
            <numerusform>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитаны %Ln строки.</numerusform>
            <numerusform>&lt;b&gt;Импортировано.&lt;/b&gt; Прочитано %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row: %1</source>
        <translation>
            <numerusform>%Ln строка: %1</numerusform>
            <numerusform>%Ln строки: %1</numerusform>
            <numerusform>%Ln строк: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1</source>
        <translation>
            <numerusform>%Ln строка: %1</numerusform>
            <numerusform>%Ln строки: %1</numerusform>
            <numerusform>%Ln строк: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить как потерянного</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Добавить взаимодействие</translation>
    </message>
    <message>
        <source>Open %1 recovery cases</source>
        <translation>Открыть случаи возврата: %1</translation>
    </message>
    <message>
        <source>Open recovery case</source>
        <translation>Открыть случай возврата</translation>
    </message>
    <message>
        <source>Edit recovery case</source>
        <translation>Изменить случай возврата</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Записать попытку</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Новый потенциальный клиент</translation>
    </message>
    <message>
        <source>Edit prospect</source>
        <translation>Изменить потенциального клиента</translation>
    </message>
    <message>
        <source>Prospect %1</source>
        <translation>Потенциальный клиент %1</translation>
    </message>
    <message>
        <source>Convert prospect</source>
        <translation>Сделать потенциального клиента клиентом</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>Save list %1</source>
        <translation>Сохранить список %1</translation>
    </message>
    <message>
        <source>Remove list %1</source>
        <translation>Удалить список %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Create campaign %1</source>
        <translation>Создать кампанию %1</translation>
    </message>
    <message>
        <source>Remove campaign %1</source>
        <translation>Удалить кампанию %1</translation>
    </message>
</context>
<context>
    <name>ProspectEditor</name>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Referred by (customer id)</source>
        <translation>Рекомендован (ид. клиента)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>region or city</source>
        <translation>регион или город</translation>
    </message>
    <message>
        <source>Size band</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>size band</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>tags, comma separated</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Контакт установлен</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>&amp;Convert to customer…</source>
        <translation>&amp;Сделать клиентом…</translation>
    </message>
    <message>
        <source>Contacts with the prospect</source>
        <translation>Контакты с потенциальным клиентом</translation>
    </message>
    <message>
        <source>Contact kind</source>
        <translation>Вид контакта</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Заметка о контакте</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Записать контакт</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Snooze task</source>
        <translation>Отложить задачу</translation>
    </message>
    <message>
        <source>Show it again on:</source>
        <translation>Показать снова:</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>The chart could not be drawn as PNG.</source>
        <translation>Не удалось нарисовать диаграмму в PNG.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Сохранить диаграмму как &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>Сохранить диаграмму как &amp;SVG…</translation>
    </message>
    <message>
        <source>No chart on this page</source>
        <translation>На этой странице нет диаграмм</translation>
    </message>
</context>
<context>
    <name>RecoveryCaseEditor</name>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Loss &amp;reason</source>
        <translation>&amp;Причина потери</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина потери</translation>
    </message>
    <message>
        <source>Our organisation was at &amp;fault</source>
        <translation>Виновата наша &amp;организация</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Ответственный за действие</translation>
    </message>
    <message>
        <source>Action due (YYYY-MM-DD)</source>
        <translation>Срок действия (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Expected recovery cost</source>
        <translation>Ожидаемые затраты на возврат</translation>
    </message>
    <message>
        <source>Reason to let go</source>
        <translation>Причина отпустить</translation>
    </message>
    <message>
        <source>Corrective action done</source>
        <translation>Корректирующее действие выполнено</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Verify loss</source>
        <translation>&amp;Подтвердить потерю</translation>
    </message>
    <message>
        <source>&amp;Won back</source>
        <translation>&amp;Возвращён</translation>
    </message>
    <message>
        <source>Let &amp;go</source>
        <translation>&amp;Отпустить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Попытки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Attempt outcome</source>
        <translation>Результат попытки</translation>
    </message>
    <message>
        <source>Attempt note</source>
        <translation>Заметка о попытке</translation>
    </message>
    <message>
        <source>Log &amp;attempt</source>
        <translation>Записать &amp;попытку</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>% of customers</source>
        <translation>% клиентов</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% выручки</translation>
    </message>
    <message>
        <source>Cartera · %1 · as of %2</source>
        <translation>Cartera · %1 · на %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Обзор портфеля</translation>
    </message>
    <message>
        <source>%1 · as of %2 · amounts in %3</source>
        <translation>%1 · на %2 · суммы в %3</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 за 12 месяцев</translation>
    </message>
    <message>
        <source>Customers in portfolio</source>
        <translation>Клиентов в портфеле</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 за всё время</translation>
    </message>
    <message>
        <source>New (&lt; 1 year)</source>
        <translation>Новые (&lt; 1 года)</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Подростки</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Зрелые</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Ветераны</translation>
    </message>
    <message>
        <source>Inflow, last 12 months</source>
        <translation>Приток, последние 12 месяцев</translation>
    </message>
    <message>
        <source>new customers since %1</source>
        <translation>новых клиентов с %1</translation>
    </message>
    <message>
        <source>Outflow, last 12 months</source>
        <translation>Отток, последние 12 месяцев</translation>
    </message>
    <message>
        <source>customers lost since %1</source>
        <translation>клиентов потеряно с %1</translation>
    </message>
    <message>
        <source>Recovered, last 12 months</source>
        <translation>Вернулись, последние 12 месяцев</translation>
    </message>
    <message>
        <source>lost customers who bought again</source>
        <translation>потерянных клиентов вернулись к покупкам</translation>
    </message>
    <message>
        <source>Pareto customers (class A)</source>
        <translation>Клиенты Парето (класс A)</translation>
    </message>
    <message>
        <source>of %1 buying in 12 months</source>
        <translation>из %1 с покупками за 12 месяцев</translation>
    </message>
    <message>
        <source>Cohort flow, last 12 months</source>
        <translation>Поток когорт, последние 12 месяцев</translation>
    </message>
    <message>
        <source>%1 new customers came in, %2 customers were lost, %3 lost customers came back. Bands are as wide as the number of customers moving.</source>
        <translation>Новых клиентов пришло: %1, потеряно клиентов: %2, вернулось потерянных: %3. Ширина полосы равна числу переходящих клиентов.</translation>
    </message>
    <message>
        <source>Customers per stage, quarter by quarter</source>
        <translation>Клиенты по стадиям, поквартально</translation>
    </message>
    <message>
        <source>Customers in each lifecycle stage on each day (lost customers not included).</source>
        <translation>Клиенты на каждой стадии жизненного цикла на каждую дату (без потерянных клиентов).</translation>
    </message>
    <message>
        <source>Revenue concentration (Pareto), last 12 months</source>
        <translation>Концентрация выручки (Парето), последние 12 месяцев</translation>
    </message>
    <message>
        <source>No customer has net revenue in the last 12 months.</source>
        <translation>Ни у одного клиента нет чистой выручки за последние 12 месяцев.</translation>
    </message>
    <message>
        <source>Top customers, last 12 months</source>
        <translation>Лучшие клиенты, последние 12 месяцев</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Promotion candidates</source>
        <translation>Кандидаты на повышение</translation>
    </message>
    <message>
        <source>The customers just below the Pareto cut: a little more business would make them class A.</source>
        <translation>Клиенты чуть ниже порога Парето: немного больше покупок — и они в классе A.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Below the cut</source>
        <translation>Ниже порога</translation>
    </message>
    <message>
        <source>Recovery of lost customers</source>
        <translation>Возврат потерянных клиентов</translation>
    </message>
    <message>
        <source>Losses that were our fault: %1 (%2). Corrective actions: %3 open, %4 overdue.</source>
        <translation>Потери по нашей вине: %1 (%2). Корректирующие действия: открыто %3, просрочено %4.</translation>
    </message>
    <message>
        <source>Losses by reason: %1.</source>
        <translation>Потери по причинам: %1.</translation>
    </message>
    <message>
        <source>Portfolio review · %1 · %2</source>
        <translation>Обзор портфеля · %1 · %2</translation>
    </message>
    <message>
        <source>%1 of customers make %2 of revenue. %3 of %4 customers buying in the last 12 months form the Pareto set; total %5; Gini %6.</source>
        <translation>%1 клиентов дают %2 выручки. Множество Парето: %3 из %4 клиентов с покупками за последние 12 месяцев; всего %5; Джини %6.</translation>
    </message>
    <message>
        <source>%1 open cases; %2 closed: %3 won back, %4 let go. Recovery rate %5; revenue won back %6; median %7 days to win back.</source>
        <translation>Открытых случаев: %1; закрытых: %2 (возвращено: %3, отпущено: %4). Доля возврата %5; возвращённая выручка %6; медиана %7 дн. до возврата.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Portfolio settings</source>
        <translation>Настройки портфеля</translation>
    </message>
    <message>
        <source>These rules are stored in the portfolio file, so everyone who opens it sees the same stages.</source>
        <translation>Эти правила хранятся в файле портфеля, поэтому все, кто его открывает, видят одни и те же стадии.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <source>&amp;Adolescent from (months)</source>
        <translation>&amp;Подросток с (месяцев)</translation>
    </message>
    <message>
        <source>&amp;Mature from (months)</source>
        <translation>&amp;Зрелый с (месяцев)</translation>
    </message>
    <message>
        <source>&amp;Veteran from (months)</source>
        <translation>&amp;Ветеран с (месяцев)</translation>
    </message>
    <message>
        <source>At &amp;risk after (days without purchase)</source>
        <translation>Под &amp;угрозой после (дней без покупок)</translation>
    </message>
    <message>
        <source>&amp;Lost after (days without purchase)</source>
        <translation>&amp;Потерян после (дней без покупок)</translation>
    </message>
    <message>
        <source>&amp;Pareto cut (% of revenue)</source>
        <translation>&amp;Порог Парето (% выручки)</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO code)</source>
        <translation>&amp;Валюта (код ISO)</translation>
    </message>
    <message>
        <source>Class &amp;B ends at (% of revenue)</source>
        <translation>Класс &amp;B заканчивается на (% выручки)</translation>
    </message>
    <message>
        <source>Ca&amp;dence factor (at risk after this many usual gaps)</source>
        <translation>Коэффициент &amp;ритма (под угрозой после стольких обычных интервалов)</translation>
    </message>
    <message>
        <source>Customer &amp;value</source>
        <translation>&amp;Ценность клиентов</translation>
    </message>
    <message>
        <source>RFM segments, first matching row wins (one a line: Name: R4-5 F4-5 M4-5)</source>
        <translation>Сегменты RFM, побеждает первая подходящая строка (по одной в строке: Название: R4-5 F4-5 M4-5)</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Сегменты RFM</translation>
    </message>
    <message>
        <source>Restore the default segments</source>
        <translation>Восстановить стандартные сегменты</translation>
    </message>
    <message>
        <source>Reward tiers, lowest first (one a line: Name | minimum 12-month revenue | minimum purchase days | reward)</source>
        <translation>Уровни вознаграждения, от низшего (по одному в строке: Название | минимальная выручка за 12 мес. | минимум дней с покупками | вознаграждение)</translation>
    </message>
    <message>
        <source>Reward tiers</source>
        <translation>Уровни вознаграждения</translation>
    </message>
    <message>
        <source>Restore the default tiers</source>
        <translation>Восстановить стандартные уровни</translation>
    </message>
    <message>
        <source>Lifetime value &amp;horizon (months)</source>
        <translation>&amp;Горизонт пожизненной ценности (месяцев)</translation>
    </message>
    <message>
        <source>Monthly &amp;discount rate (%)</source>
        <translation>Месячная ставка &amp;дисконтирования (%)</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice in your language (*.csv)</source>
        <translation>CSV для Excel и LibreOffice на вашем языке (*.csv)</translation>
    </message>
    <message>
        <source>CSV, RFC 4180, for scripts (*.csv)</source>
        <translation>CSV, RFC 4180, для скриптов (*.csv)</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>О чём:</translation>
    </message>
    <message>
        <source>What to do, e.g. call about the new catalogue</source>
        <translation>Что сделать, например позвонить насчёт нового каталога</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
</context>
<context>
    <name>cartera</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>adolescent</source>
        <translation>подросток</translation>
    </message>
    <message>
        <source>mature</source>
        <translation>зрелый</translation>
    </message>
    <message>
        <source>veteran</source>
        <translation>ветеран</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потерян</translation>
    </message>
    <message>
        <source>not yet a customer on this date</source>
        <translation>ещё не клиент на эту дату</translation>
    </message>
    <message>
        <source>, usual gap %1 days</source>
        <translation>, обычный интервал в днях: %1</translation>
    </message>
    <message>
        <source>%1 days since last purchase</source>
        <translation>с последней покупки прошло дней: %1</translation>
    </message>
    <message>
        <source>%1 days since becoming a customer, no purchase yet</source>
        <translation>с момента, как стал клиентом, прошло дней: %1, покупок ещё нет</translation>
    </message>
    <message>
        <source>lost: marked lost by a person, no purchase since</source>
        <translation>потерян: отмечен потерянным вручную, покупок с тех пор нет</translation>
    </message>
    <message>
        <source>lost: %1 (lost after %2)</source>
        <translation>потерян: %1 (потерян после %2)</translation>
    </message>
    <message>
        <source>at risk: %1 (at risk after %2)%3</source>
        <translation>под угрозой: %1 (под угрозой после %2)%3</translation>
    </message>
    <message>
        <source>at risk: %1%2</source>
        <translation>под угрозой: %1%2</translation>
    </message>
    <message>
        <source>active: %1%2</source>
        <translation>активен: %1%2</translation>
    </message>
    <message>
        <source>Verify loss</source>
        <translation>Подтвердить потерю</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Отпустить</translation>
    </message>
    <message>
        <source>Move recovery case</source>
        <translation>Перевести случай возврата</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Отметить задачу выполненной</translation>
    </message>
    <message>
        <source>Snooze task</source>
        <translation>Отложить задачу</translation>
    </message>
    <message>
        <source>Dismiss task</source>
        <translation>Отклонить задачу</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Открыть задачу снова</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>выявлен</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>контакт установлен</translation>
    </message>
    <message>
        <source>won back</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>отпущен</translation>
    </message>
    <message>
        <source>new prospect</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>квалифицирован</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>стал клиентом</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>исключён</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>справочник</translation>
    </message>
    <message>
        <source>bought list</source>
        <translation>купленный список</translation>
    </message>
    <message>
        <source>press</source>
        <translation>пресса</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>web</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>удержание</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>адаптация</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>спад</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <source>recovery case</source>
        <translation>случай возврата</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>потенциальный клиент</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>напоминание</translation>
    </message>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>новые клиенты</translation>
    </message>
    <message>
        <source>adolescents</source>
        <translation>подростки</translation>
    </message>
    <message>
        <source>mature customers</source>
        <translation>зрелые клиенты</translation>
    </message>
    <message>
        <source>veterans</source>
        <translation>ветераны</translation>
    </message>
    <message>
        <source>only %1 % of the %2 of %3 became %4 by %5; the median of earlier periods is %6 %</source>
        <translation>лишь %1 % из группы «%2» на %3 перешли в группу «%4» к %5; медиана прежних периодов — %6 %</translation>
    </message>
    <message>
        <source>%1 % of the %2 of %3 were lost by %4; the median of earlier periods is %5 %</source>
        <translation>%1 % из группы «%2» на %3 потеряны к %4; медиана прежних периодов — %5 %</translation>
    </message>
    <message>
        <source>inflow did not cover outflow from %1 to %2: %3 customers came, %4 were lost</source>
        <translation>приток не покрыл отток с %1 по %2: клиентов пришло %3, потеряно %4</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Loyal customers</source>
        <translation>Лояльные клиенты</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронза</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебро</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золото</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Платина</translation>
    </message>
    <message>
        <source>Welcome offer on the next order</source>
        <translation>Приветственное предложение на следующий заказ</translation>
    </message>
    <message>
        <source>5 % off and early access to sales</source>
        <translation>Скидка 5 % и ранний доступ к распродажам</translation>
    </message>
    <message>
        <source>10 % off and free delivery</source>
        <translation>Скидка 10 % и бесплатная доставка</translation>
    </message>
    <message>
        <source>15 % off, a personal account manager and events</source>
        <translation>Скидка 15 %, личный менеджер и мероприятия</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>service failure</source>
        <translation>сбой в обслуживании</translation>
    </message>
    <message>
        <source>product or quality gap</source>
        <translation>недостатки продукта или качества</translation>
    </message>
    <message>
        <source>competitor offer</source>
        <translation>предложение конкурента</translation>
    </message>
    <message>
        <source>moved or closed</source>
        <translation>переехал или закрылся</translation>
    </message>
    <message>
        <source>no longer needs</source>
        <translation>больше не нуждается</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>cartera::CampaignsView</name>
    <message>
        <source>too few customers</source>
        <translation>слишком мало клиентов</translation>
    </message>
    <message>
        <source>%1 pts [%2, %3]</source>
        <translation>%1 п.п. [%2, %3]</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Each campaign holds out a random control group that is not contacted. What the campaign did is the difference between the two groups, with its 95 % interval: when the interval spans zero, the campaign cannot be told from chance.</source>
        <translation>В каждой кампании выделяется случайная контрольная группа, с которой не связываются. Эффект кампании — разница между двумя группами с 95-процентным интервалом: если интервал включает ноль, кампанию нельзя отличить от случайности.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Охвачено</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Bought, treated</source>
        <translation>Купили, охваченные</translation>
    </message>
    <message>
        <source>Bought, control</source>
        <translation>Купили, контроль</translation>
    </message>
    <message>
        <source>Response uplift</source>
        <translation>Прирост отклика</translation>
    </message>
    <message>
        <source>Revenue per customer uplift</source>
        <translation>Прирост выручки на клиента</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Новая кампания…</translation>
    </message>
    <message>
        <source>&amp;Export treated…</source>
        <translation>&amp;Экспорт охваченных…</translation>
    </message>
    <message>
        <source>&amp;Remove campaign</source>
        <translation>&amp;Удалить кампанию</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 to the list &lt;i&gt;%3&lt;/i&gt; (%4) from %5; purchases up to %6 count. Offer: %7. Control group %8 % drawn with seed %9.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 по списку &lt;i&gt;%3&lt;/i&gt; (%4) с %5; учитываются покупки до %6. Предложение: %7. Контрольная группа %8 % выбрана с зерном %9.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>in progress to %1</source>
        <translation>идёт, до %1</translation>
    </message>
    <message>
        <source>Campaign %1: %2 treated, %3 held out as the control group.</source>
        <translation>Кампания %1: охвачено %2, в контрольной группе %3.</translation>
    </message>
    <message>
        <source>Exported %1 treated customers to %2.</source>
        <translation>Экспортировано охваченных клиентов: %1 в %2.</translation>
    </message>
    <message>
        <source>A campaign targets a saved list: save one first in Customers (Save list…).</source>
        <translation>Кампания адресована сохранённому списку: сначала сохраните список в разделе «Клиенты» (Сохранить список…).</translation>
    </message>
    <message>
        <source>Export treated customers</source>
        <translation>Экспорт охваченных клиентов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cartera::CohortsView</name>
    <message>
        <source>Flow start</source>
        <translation>Начало потока</translation>
    </message>
    <message>
        <source>Flow end</source>
        <translation>Конец потока</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>по кварталам</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>по годам</translation>
    </message>
    <message>
        <source>Period of the stage chart</source>
        <translation>Период диаграммы стадий</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Stage counts</source>
        <translation>Численность стадий</translation>
    </message>
    <message>
        <source>Customers per stage over time</source>
        <translation>Клиенты по стадиям во времени</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>stadii</translation>
    </message>
    <message>
        <source>cohort-flow</source>
        <translation>поток-когорт</translation>
    </message>
    <message>
        <source>Stage counts over time</source>
        <translation>Численность стадий во времени</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Удержание по когортам привлечения</translation>
    </message>
    <message>
        <source>Flow health warnings</source>
        <translation>Предупреждения о здоровье потока</translation>
    </message>
    <message>
        <source>%1 → %2 between %3 and %4</source>
        <translation>%1 → %2 с %3 по %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a start before the end.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Выберите начало раньше конца.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 new customers came in, %4 customers were lost, %5 lost customers came back.</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: новых клиентов пришло: %3, потеряно клиентов: %4, вернулось потерянных: %5.</translation>
    </message>
    <message>
        <source>%1 more came in and were lost again within the period.</source>
        <translation>Ещё %1 пришли и были потеряны в течение периода.</translation>
    </message>
    <message>
        <source>Hover a band for its numbers; click it for its customers.</source>
        <translation>Наведите на полосу, чтобы увидеть её числа; щёлкните, чтобы увидеть её клиентов.</translation>
    </message>
    <message>
        <source>Customers per stage over time (lost customers not included)</source>
        <translation>Клиенты по стадиям во времени (без потерянных клиентов)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow health, five years to %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Здоровье потока, пять лет до %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>No warnings: every stage moved on and left at its usual rate, and inflow covered outflow.</source>
        <translation>Предупреждений нет: каждая стадия продвигалась и теряла клиентов в обычном темпе, приток покрыл отток.</translation>
    </message>
</context>
<context>
    <name>cartera::CustomerContactForm</name>
    <message>
        <source>%1 must be a date as YYYY-MM-DD (not &apos;%2&apos;)</source>
        <translation>%1 должно быть датой ГГГГ-ММ-ДД (а не «%2»)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Клиент с</translation>
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
        <translation>уровень &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source> (%1 to reach %2)</source>
        <translation> (%1 до уровня %2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>P(alive) %1: expected %2 purchases in the next 12 weeks, lifetime value %3</source>
        <translation>P(активен) %1: ожидается покупок в следующие 12 недель: %2, пожизненная ценность %3</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <source>Purchases over time</source>
        <translation>Покупки во времени</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>покупки</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>&amp;Покупки</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Вид взаимодействия</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Interaction day</source>
        <translation>День взаимодействия</translation>
    </message>
    <message>
        <source>Interaction note</source>
        <translation>Заметка о взаимодействии</translation>
    </message>
    <message>
        <source>Add &amp;interaction</source>
        <translation>Добавить &amp;взаимодействие</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>Отметить как &amp;потерянного</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>Cannot mark as lost</source>
        <translation>Не удаётся отметить как потерянного</translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation>Не удаётся добавить взаимодействие</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, tenure %2 months. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, стаж %2 мес. </translation>
    </message>
    <message>
        <source>. Pareto rank %1 of %2 in the last 12 months (class %3).</source>
        <translation>. Место в рейтинге Парето: %1 из %2 за последние 12 месяцев (класс %3).</translation>
    </message>
    <message>
        <source>. Not ranked: no net revenue in the last 12 months.</source>
        <translation>. Вне рейтинга: нет чистой выручки за последние 12 месяцев.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Recovery case %1: &lt;b&gt;%2&lt;/b&gt;%3.</source>
        <translation>&lt;br&gt;Случай возврата %1: &lt;b&gt;%2&lt;/b&gt;%3.</translation>
    </message>
    <message>
        <source>, lost over %1</source>
        <translation>, потерян более %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Referred %1 prospects (%2 converted) and %3 customers.</source>
        <translation>&lt;br&gt;Рекомендовал потенциальных клиентов: %1 (стали клиентами: %2), клиентов: %3.</translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation>Накопленные траты</translation>
    </message>
    <message>
        <source>Cumulative spend (%1)</source>
        <translation>Накопленные траты (%1)</translation>
    </message>
    <message>
        <source>%1  marked lost  %2</source>
        <translation>%1  отмечен потерянным  %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more purchase</source>
        <translation>
            <numerusform>ещё %Ln покупка</numerusform>
            <numerusform>ещё %Ln покупки</numerusform>
            <numerusform>ещё %Ln покупок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more purchases</source>
        <translation>
            <numerusform>ещё %Ln покупка</numerusform>
            <numerusform>ещё %Ln покупки</numerusform>
            <numerusform>ещё %Ln покупок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartera::CustomerTableModel</name>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Выручка 12 мес.</translation>
    </message>
    <message>
        <source>Revenue all time</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Пожизненная ценность</translation>
    </message>
</context>
<context>
    <name>cartera::CustomersView</name>
    <message>
        <source>Filter by name, company, e-mail or id</source>
        <translation>Фильтр по имени, компании, эл. почте или идентификатору</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Фильтр клиентов</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все стадии</translation>
    </message>
    <message>
        <source>In portfolio</source>
        <translation>В портфеле</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Подростки</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Зрелые</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Ветераны</translation>
    </message>
    <message>
        <source>Not yet customers</source>
        <translation>Ещё не клиенты</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Любая активность</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Не потерянные</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Любой класс</translation>
    </message>
    <message>
        <source>Class A (Pareto)</source>
        <translation>Класс A (Парето)</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>Класс B</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>Класс C</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Вне рейтинга</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Фильтр стадии</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Фильтр активности</translation>
    </message>
    <message>
        <source>Pareto class filter</source>
        <translation>Фильтр класса Парето</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Фильтр ответственного</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Фильтр сегмента</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Фильтр уровня</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всех</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Сохранённые списки</translation>
    </message>
    <message>
        <source>Saved lists…</source>
        <translation>Сохранённые списки…</translation>
    </message>
    <message>
        <source>&amp;Save list…</source>
        <translation>&amp;Сохранить список…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Сохранить список</translation>
    </message>
    <message>
        <source>A chosen set of customers is not a filter: choose stage, activity, class, owner, segment, tier or words, then save.</source>
        <translation>Выбранный набор клиентов — не фильтр: выберите стадию, активность, класс, ответственного, сегмент, уровень или слова, затем сохраните.</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Название списка:</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>klienty.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Добавить клиента…</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>&amp;Удалить клиента</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Без уровня</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Saved list</source>
        <translation>Сохранённый список</translation>
    </message>
    <message>
        <source>The list %1 no longer reads: %2</source>
        <translation>Список %1 больше не читается: %2</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <source>This portfolio has no customers yet.&lt;br&gt;Import a purchase or customer file with &lt;b&gt;File → Import&lt;/b&gt;.</source>
        <translation>В этом портфеле ещё нет клиентов.&lt;br&gt;Импортируйте файл покупок или клиентов через &lt;b&gt;Файл → Импорт&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No customer matches these filters.&lt;br&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>Нет клиентов, подходящих под эти фильтры.&lt;br&gt;&lt;a href=&quot;clear&quot;&gt;Сбросить фильтры&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Updating the list…</source>
        <translation>Список обновляется…</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names…</source>
        <translation>Загрузка имён клиентов…</translation>
    </message>
    <message>
        <source>%1 customers · reading names…</source>
        <translation>Клиентов: %1 · загрузка имён…</translation>
    </message>
</context>
<context>
    <name>cartera::FlowChartWidget</name>
    <message>
        <source>Cohort flow chart</source>
        <translation>Диаграмма потока когорт</translation>
    </message>
    <message>
        <source>Customers moving between lifecycle stages. Use the arrow keys to go from band to band and Enter to list a band&apos;s customers.</source>
        <translation>Клиенты, переходящие между стадиями жизненного цикла. Стрелки переводят от полосы к полосе, Enter показывает клиентов полосы.</translation>
    </message>
    <message>
        <source>Computing the flow…</source>
        <translation>Вычисляется поток…</translation>
    </message>
    <message>
        <source>No customers in this period</source>
        <translation>В этом периоде нет клиентов</translation>
    </message>
</context>
<context>
    <name>cartera::HoldoutCharts</name>
    <message>
        <source>Repeat purchases in the holdout</source>
        <translation>Повторные покупки на отложенной выборке</translation>
    </message>
    <message>
        <source>Repeat purchases by week</source>
        <translation>Повторные покупки по неделям</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>otlozhennaya-vyborka</translation>
    </message>
    <message>
        <source>holdout-weeks</source>
        <translation>otlozhennaya-vyborka-nedeli</translation>
    </message>
    <message>
        <source>Repeat purchases in the holdout, by purchases before it</source>
        <translation>Повторные покупки на отложенной выборке по числу предыдущих покупок</translation>
    </message>
    <message>
        <source>Repeat purchases, cumulative by week</source>
        <translation>Повторные покупки, нарастающим итогом по неделям</translation>
    </message>
    <message>
        <source>&lt;b&gt;No check&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Без проверки&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Fitted on %1 customers up to %2, the model predicted &lt;b&gt;%3&lt;/b&gt; repeat purchases up to %4; there were &lt;b&gt;%5&lt;/b&gt; (%6). %7</source>
        <translation>Обученная на %1 клиентах до %2, модель предсказала &lt;b&gt;%3&lt;/b&gt; повторных покупок до %4; их было &lt;b&gt;%5&lt;/b&gt; (%6). %7</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Passed&lt;/b&gt;&lt;/span&gt;: within 20 %.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Пройдена&lt;/b&gt;&lt;/span&gt;: в пределах 20 %.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Failed&lt;/b&gt;&lt;/span&gt;: off by more than 20 %; do not plan on these values.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Не пройдена&lt;/b&gt;&lt;/span&gt;: отклонение больше 20 %; не стройте планы на этих значениях.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>purchases before the holdout</source>
        <translation>покупок до отложенной выборки</translation>
    </message>
    <message>
        <source>weeks since %1</source>
        <translation>недель с %1</translation>
    </message>
    <message>
        <source>holdout begins</source>
        <translation>начало отложенной выборки</translation>
    </message>
</context>
<context>
    <name>cartera::ImportPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Столбец %1: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
</context>
<context>
    <name>cartera::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Rejected rows, with line and column, appear here.</source>
        <translation>Здесь появятся отклонённые строки с номером строки и столбцом.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt;; the portfolio is unchanged.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ничего не импортировано&lt;/b&gt;; портфель не изменился.&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>cartera::ImportWizard</name>
    <message>
        <source>Amounts use a decimal &amp;comma (1 234,56)</source>
        <translation>В суммах десятичная &amp;запятая (1 234,56)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and list them (otherwise a bad row stops the import and nothing is imported)</source>
        <translation>&amp;Пропускать ошибочные строки и выводить их список (иначе ошибочная строка останавливает импорт и ничего не импортируется)</translation>
    </message>
    <message>
        <source>Import purchases</source>
        <translation>Импорт покупок</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>CSV or text exports (UTF-8, UTF-16 or Windows-1252), invoice lines or orders; the next page shows how Cartera reads them.</source>
        <translation>Выгрузки CSV или текста (UTF-8, UTF-16 или Windows-1252), строки счетов или заказы; на следующей странице видно, как Cartera их читает.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>CSV and text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV и текст (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Check columns and formats</source>
        <translation>Проверьте столбцы и форматы</translation>
    </message>
    <message>
        <source>Columns are guessed from the header; change any that are wrong.</source>
        <translation>Столбцы определены по заголовку; исправьте неверные.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Runs of spaces</source>
        <translation>Серии пробелов</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>Первая строка содержит названия столбцов</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Без строки заголовка</translation>
    </message>
    <message>
        <source>Detect (when unambiguous)</source>
        <translation>Определить (если однозначно)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (ISO)</source>
        <translation>ГГГГ-ММ-ДД (ISO)</translation>
    </message>
    <message>
        <source>D.M.YYYY (day first)</source>
        <translation>Д.М.ГГГГ (сначала день)</translation>
    </message>
    <message>
        <source>D/M/YYYY (day first)</source>
        <translation>Д/М/ГГГГ (сначала день)</translation>
    </message>
    <message>
        <source>M/D/YYYY (month first)</source>
        <translation>М/Д/ГГГГ (сначала месяц)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Формат даты</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Столбец для «%1»</translation>
    </message>
    <message>
        <source>Column for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Столбец для &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Кодировка: %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Choose the column for %1.</source>
        <translation>Выберите столбец для «%1».</translation>
    </message>
</context>
<context>
    <name>cartera::MainWindow</name>
    <message>
        <source>Cartera portfolios (*.cartera);;All files (*)</source>
        <translation>Портфели Cartera (*.cartera);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Возврат клиентов</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Потенциальные клиенты</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saved the list %1.</source>
        <translation>Список %1 сохранён.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation>&amp;Новый портфель…</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Новый портфель</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Открыть портфель</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Import &amp;purchases…</source>
        <translation>Импорт &amp;покупок…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;customers…</source>
        <translation>Импорт &amp;клиентов…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Export Pareto report…</source>
        <translation>&amp;Экспорт отчёта Парето…</translation>
    </message>
    <message>
        <source>Export Pareto report</source>
        <translation>Экспорт отчёта Парето</translation>
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
        <translation>Экспорт &amp;таблицы…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Portfolio &amp;review (PDF)…</source>
        <translation>&amp;Обзор портфеля (PDF)…</translation>
    </message>
    <message>
        <source>Save the portfolio review</source>
        <translation>Сохранить обзор портфеля</translation>
    </message>
    <message>
        <source>portfolio-review-%1.pdf</source>
        <translation>obzor-portfelya-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export c&amp;hart</source>
        <translation>Экспорт &amp;диаграммы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>C&amp;ohorts</source>
        <translation>К&amp;огорты</translation>
    </message>
    <message>
        <source>&amp;Pareto</source>
        <translation>&amp;Парето</translation>
    </message>
    <message>
        <source>S&amp;egments</source>
        <translation>&amp;Сегменты</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Ценность</translation>
    </message>
    <message>
        <source>&amp;Recovery</source>
        <translation>&amp;Возврат клиентов</translation>
    </message>
    <message>
        <source>Pro&amp;spects</source>
        <translation>Потенциальные &amp;клиенты</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>К&amp;ампании</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Portfolio settings…</source>
        <translation>Настройки &amp;портфеля…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Cartera &amp;User Guide</source>
        <translation>&amp;Руководство пользователя Cartera</translation>
    </message>
    <message>
        <source>&amp;About Cartera</source>
        <translation>&amp;О программе Cartera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>  As of </source>
        <translation>  На дату </translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Дата расчёта</translation>
    </message>
    <message>
        <source>Every view is computed for this day: choose a past day to replay it</source>
        <translation>Все представления считаются на этот день: выберите прошедший день, чтобы воспроизвести его</translation>
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
        <translation>Клиентов: %1, покупок: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>Экспортировано клиентов: %1 в %2.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Delete %1 with all purchases and interactions? You can undo this with Ctrl+Z.</source>
        <translation>Удалить %1 со всеми покупками и взаимодействиями? Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Не удалось сохранить обзор: %1</translation>
    </message>
    <message>
        <source>Portfolio review saved to %1</source>
        <translation>Обзор портфеля сохранён в %1</translation>
    </message>
    <message>
        <source>Open a portfolio first, then import %1 into it.</source>
        <translation>Сначала откройте портфель, затем импортируйте в него %1.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>What does %1 hold?</source>
        <translation>Что содержит «%1»?</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>&amp;Покупки</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row to %1</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в %1</numerusform>
            <numerusform>Экспортировано %Ln строки в %1</numerusform>
            <numerusform>Экспортировано %Ln строк в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в %1</numerusform>
            <numerusform>Экспортировано %Ln строки в %1</numerusform>
            <numerusform>Экспортировано %Ln строк в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartera::NewCustomerDialog</name>
    <message>
        <source>Add customer</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>A customer needs an id: the one your invoices use, so that their purchases find the customer.</source>
        <translation>Клиенту нужен идентификатор — тот, что в ваших счетах, чтобы его покупки нашли клиента.</translation>
    </message>
</context>
<context>
    <name>cartera::OverviewView</name>
    <message>
        <source>Customers in portfolio</source>
        <translation>Клиентов в портфеле</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>New (&lt; 1 year)</source>
        <translation>Новые (&lt; 1 года)</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Подростки</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Зрелые</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Ветераны</translation>
    </message>
    <message>
        <source>Inflow, last 12 months</source>
        <translation>Приток, последние 12 месяцев</translation>
    </message>
    <message>
        <source>Outflow, last 12 months</source>
        <translation>Отток, последние 12 месяцев</translation>
    </message>
    <message>
        <source>Pareto customers (class A)</source>
        <translation>Клиенты Парето (класс A)</translation>
    </message>
    <message>
        <source>Recovered, last 12 months</source>
        <translation>Вернулись, последние 12 месяцев</translation>
    </message>
    <message>
        <source>Recovery cases open</source>
        <translation>Открытые случаи возврата</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>просроченных нет</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow health&lt;/b&gt;</source>
        <translation>&lt;b&gt;Здоровье потока&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flow health warnings</source>
        <translation>Предупреждения о здоровье потока</translation>
    </message>
    <message>
        <source>everyone&apos;s</source>
        <translation>всех</translation>
    </message>
    <message>
        <source>%1, nothing overdue</source>
        <translation>%1, просроченных нет</translation>
    </message>
    <message>
        <source>%1, %2 of them overdue</source>
        <translation>%1, из них просрочено: %2</translation>
    </message>
    <message>
        <source>Portfolio as of %1</source>
        <translation>Портфель на %1</translation>
    </message>
    <message>
        <source>new customers since %1</source>
        <translation>новых клиентов с %1</translation>
    </message>
    <message>
        <source>customers lost since %1</source>
        <translation>клиентов потеряно с %1</translation>
    </message>
    <message>
        <source>lost customers who bought again</source>
        <translation>потерянных клиентов вернулись к покупкам</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>вычисляется</translation>
    </message>
    <message>
        <source>%1 corrective actions overdue</source>
        <translation>Просроченных корректирующих действий: %1</translation>
    </message>
    <message>
        <source>of %1 buying in 12 months</source>
        <translation>из %1 с покупками за 12 месяцев</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of customers make %2 of revenue&lt;/b&gt;&lt;/span&gt; (last 12 months; Gini %3)</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 клиентов дают %2 выручки&lt;/b&gt;&lt;/span&gt; (последние 12 месяцев; Джини %3)</translation>
    </message>
    <message>
        <source>No revenue in the last 12 months.</source>
        <translation>Нет выручки за последние 12 месяцев.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The flows of the last five years were not computed (cancelled); they are computed again with the next change, or with View → Reload.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Потоки за последние пять лет не вычислены (отменено); они будут вычислены при следующем изменении или через Вид → Перезагрузить.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the flows of the last five years…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Вычисляются потоки за последние пять лет…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No warnings: every stage moved on and left at its usual rate, and inflow covered outflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Предупреждений нет: каждая стадия продвигалась и теряла клиентов в обычном темпе, приток покрыл отток.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in the last 12 months</source>
        <translation>%1 за последние 12 месяцев</translation>
    </message>
    <message>
        <source>%1 in 12 months</source>
        <translation>%1 за 12 месяцев</translation>
    </message>
    <message>
        <source>%1 all time</source>
        <translation>%1 за всё время</translation>
    </message>
    <message>
        <source>recovery rate %1, %2 won back</source>
        <translation>доля возврата %1, возвращено %2</translation>
    </message>
</context>
<context>
    <name>cartera::ParetoTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Накопленно</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
</context>
<context>
    <name>cartera::ParetoView</name>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last N days</source>
        <translation>Последние N дней</translation>
    </message>
    <message>
        <source>Revenue window</source>
        <translation>Окно выручки</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Window length in days</source>
        <translation>Длина окна в днях</translation>
    </message>
    <message>
        <source>Pareto cut</source>
        <translation>Порог Парето</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Кривая Парето</translation>
    </message>
    <message>
        <source>pareto-curve</source>
        <translation>krivaya-pareto</translation>
    </message>
    <message>
        <source>Ranked customers</source>
        <translation>Клиенты в рейтинге</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promotion candidates&lt;/b&gt;: the customers just below the cut</source>
        <translation>&lt;b&gt;Кандидаты на повышение&lt;/b&gt;: клиенты чуть ниже порога</translation>
    </message>
    <message>
        <source>Promotion candidates</source>
        <translation>Кандидаты на повышение</translation>
    </message>
    <message>
        <source>Export Pareto report</source>
        <translation>Экспорт отчёта Парето</translation>
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
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>No customer has net revenue in this window.</source>
        <translation>Ни у одного клиента нет чистой выручки в этом окне.</translation>
    </message>
    <message>
        <source>Revenue concentration</source>
        <translation>Концентрация выручки</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Equality</source>
        <translation>Равенство</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% клиентов</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% выручки</translation>
    </message>
    <message>
        <source>#%1  %2 %3: %4 (%5 below the last Pareto customer)</source>
        <translation>#%1  %2 %3: %4 (на %5 ниже последнего клиента Парето)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of customers make %2 of revenue&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Pareto set: %3 of %4 ranked customers · total %5 · class B ends at rank %6 · Gini %7</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 клиентов дают %2 выручки&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Множество Парето: %3 из %4 клиентов в рейтинге · всего %5 · класс B заканчивается на месте %6 · Джини %7</translation>
    </message>
</context>
<context>
    <name>cartera::PortfolioSession</name>
    <message>
        <source>Loading %1</source>
        <translation>Загрузка %1</translation>
    </message>
    <message>
        <source>Recomputing for %1</source>
        <translation>Пересчёт на %1</translation>
    </message>
    <message>
        <source>Computing the flows of the last five years</source>
        <translation>Вычисляются потоки за последние пять лет</translation>
    </message>
    <message>
        <source>The rules&apos; tasks could not be stored: %1</source>
        <translation>Не удалось сохранить задачи правил: %1</translation>
    </message>
    <message>
        <source>The rules added a task to the Today list.</source>
        <translation>Правила добавили задачу в список «Сегодня».</translation>
    </message>
    <message>
        <source>The rules added %1 tasks to the Today list.</source>
        <translation>Правила добавили задач в список «Сегодня»: %1.</translation>
    </message>
    <message>
        <source>Reading the customers&apos; names</source>
        <translation>Загрузка имён клиентов</translation>
    </message>
</context>
<context>
    <name>cartera::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>A new language applies the next time Cartera starts. Numbers and dates follow the language and your country.</source>
        <translation>Новый язык применится при следующем запуске Cartera. Числа и даты следуют языку и вашей стране.</translation>
    </message>
</context>
<context>
    <name>cartera::ProspectEditor</name>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Select a prospect.</source>
        <translation>Выберите потенциального клиента.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3</translation>
    </message>
    <message>
        <source> · customer %1</source>
        <translation> · клиент %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
</context>
<context>
    <name>cartera::ProspectTableModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Рекомендован</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Почему подходит</translation>
    </message>
</context>
<context>
    <name>cartera::ProspectsView</name>
    <message>
        <source>Filter by name, company or e-mail</source>
        <translation>Фильтр по имени, компании или эл. почте</translation>
    </message>
    <message>
        <source>Prospect filter</source>
        <translation>Фильтр потенциальных клиентов</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр статуса</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Фильтр источника</translation>
    </message>
    <message>
        <source>&amp;New prospect</source>
        <translation>&amp;Новый потенциальный клиент</translation>
    </message>
    <message>
        <source>&amp;Import prospects…</source>
        <translation>&amp;Импорт потенциальных клиентов…</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>A task about the selected prospect</source>
        <translation>Задача по выбранному потенциальному клиенту</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Потенциальные клиенты</translation>
    </message>
    <message>
        <source>Why the prospect fits</source>
        <translation>Почему подходит потенциальный клиент</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral leaderboard&lt;/b&gt;: customers who bring new ones</source>
        <translation>&lt;b&gt;Рейтинг рекомендаций&lt;/b&gt;: клиенты, которые приводят новых</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Стали клиентами</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Referral leaderboard</source>
        <translation>Рейтинг рекомендаций</translation>
    </message>
    <message>
        <source>&lt;b&gt;Potential market&lt;/b&gt;: open prospects by industry and region</source>
        <translation>&lt;b&gt;Потенциальный рынок&lt;/b&gt;: открытые потенциальные клиенты по отраслям и регионам</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Mean fit</source>
        <translation>Среднее соответствие</translation>
    </message>
    <message>
        <source>Potential market</source>
        <translation>Потенциальный рынок</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Новый потенциальный клиент</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Импорт потенциальных клиентов</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Drop prospect</source>
        <translation>Исключить потенциального клиента</translation>
    </message>
    <message>
        <source>Why is this prospect dropped?</source>
        <translation>Почему этот потенциальный клиент исключён?</translation>
    </message>
    <message>
        <source>Convert to customer</source>
        <translation>Сделать клиентом</translation>
    </message>
    <message>
        <source>Id of the new customer (empty: P and the prospect&apos;s number):</source>
        <translation>Идентификатор нового клиента (пусто: P и номер потенциального клиента):</translation>
    </message>
    <message>
        <source>Fit: no profile to compare (add industry, region, size band or tags).</source>
        <translation>Соответствие: нет профиля для сравнения (добавьте отрасль, регион, размер или метки).</translation>
    </message>
    <message>
        <source>Fit %1: %2</source>
        <translation>Соответствие %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 prospects added, %2 already present.</source>
        <translation>Добавлено потенциальных клиентов: %1, уже были: %2.</translation>
    </message>
    <message>
        <source>Possible duplicate, the e-mail of a customer: %1.</source>
        <translation>Возможный дубликат, эл. почта клиента: %1.</translation>
    </message>
</context>
<context>
    <name>cartera::RecoveryCaseEditor</name>
    <message>
        <source>(not known yet)</source>
        <translation>(пока неизвестно)</translation>
    </message>
    <message>
        <source>the action&apos;s due date must be YYYY-MM-DD (not &apos;%1&apos;)</source>
        <translation>срок действия должен быть в формате ГГГГ-ММ-ДД (а не «%1»)</translation>
    </message>
    <message>
        <source>the expected cost must be an amount such as 120.00 (not &apos;%1&apos;)</source>
        <translation>ожидаемые затраты должны быть суммой, например 120.00 (а не «%1»)</translation>
    </message>
</context>
<context>
    <name>cartera::RecoveryQueueModel</name>
    <message>
        <source>no case</source>
        <translation>нет случая</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ид.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>Lost since</source>
        <translation>Потерян с</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>cartera::RecoveryView</name>
    <message>
        <source>Owner filter</source>
        <translation>Фильтр ответственного</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Фильтр состояния</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Фильтр причины</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Случая ещё нет</translation>
    </message>
    <message>
        <source>&amp;Open cases for the selected</source>
        <translation>&amp;Открыть случаи для выбранных</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>A task about the selected recovery case</source>
        <translation>Задача по выбранному случаю возврата</translation>
    </message>
    <message>
        <source>Recovery case %1</source>
        <translation>Случай возврата %1</translation>
    </message>
    <message>
        <source>Select a customer with a recovery case first.</source>
        <translation>Сначала выберите клиента со случаем возврата.</translation>
    </message>
    <message>
        <source>Losses by reason</source>
        <translation>Потери по причинам</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>vozvrat</translation>
    </message>
    <message>
        <source>No loss has a reason yet. Open a case for a lost customer and set its loss reason: the reasons are counted here.</source>
        <translation>Ни у одной потери ещё нет причины. Откройте случай для потерянного клиента и укажите причину потери — здесь причины подсчитываются.</translation>
    </message>
    <message>
        <source>Recovery queue</source>
        <translation>Очередь возврата</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Любая причина</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Select a customer with a case, or open cases for the selected customers.</source>
        <translation>Выберите клиента со случаем или откройте случаи для выбранных клиентов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · %2 %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;opened %5, lost since %6, %7 at stake</source>
        <translation>&lt;b&gt;Случай %1&lt;/b&gt; · %2 %3 · &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;открыт %5, потерян с %6, под угрозой %7</translation>
    </message>
    <message>
        <source>Dated today, %1: the views show %2.</source>
        <translation>Записано сегодняшним днём, %1: представления показывают %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 open cases&lt;/b&gt;, %2 closed: %3 won back, %4 let go.&lt;br&gt;Recovery rate &lt;b&gt;%5&lt;/b&gt; · revenue won back %6 · median %7 days to win back.&lt;br&gt;Losses that were our fault: %8 (%9) · corrective actions: %10 open, %11 overdue.</source>
        <translation>&lt;b&gt;Открытых случаев: %1&lt;/b&gt;, закрытых: %2 (возвращено: %3, отпущено: %4).&lt;br&gt;Доля возврата &lt;b&gt;%5&lt;/b&gt; · возвращённая выручка %6 · медиана %7 дн. до возврата.&lt;br&gt;Потери по нашей вине: %8 (%9) · корректирующие действия: открыто %10, просрочено %11.</translation>
    </message>
</context>
<context>
    <name>cartera::RetentionPanel</name>
    <message>
        <source>&amp;Revenue retention</source>
        <translation>&amp;Удержание выручки</translation>
    </message>
    <message>
        <source>Acquisition cohorts</source>
        <translation>Когорты привлечения</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>по кварталам</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>по годам</translation>
    </message>
    <message>
        <source>Cohort period</source>
        <translation>Период когорты</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation>Экспорт удержания</translation>
    </message>
    <message>
        <source>retention.csv</source>
        <translation>uderzhanie.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Удержание по когортам привлечения</translation>
    </message>
    <message>
        <source>cohort %1 who bought in %2 %3 after acquisition</source>
        <translation>когорта %1, купившие в %2 %3 после привлечения</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 customers bought; revenue %2</source>
        <translation>Купили клиентов: %1; выручка %2</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>когорта</translation>
    </message>
    <message>
        <source>Revenue in each period as a share of the cohort&apos;s first period; columns count periods since acquisition.</source>
        <translation>Выручка каждого периода как доля первого периода когорты; столбцы отсчитывают периоды с момента привлечения.</translation>
    </message>
    <message>
        <source>Share of each cohort that bought in the period; columns count periods since acquisition. Click a cell for its customers.</source>
        <translation>Доля когорты, купившая в периоде; столбцы отсчитывают периоды с момента привлечения. Щёлкните по ячейке, чтобы увидеть её клиентов.</translation>
    </message>
</context>
<context>
    <name>cartera::SegmentsView</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Mean lifetime value</source>
        <translation>Средняя пожизненная ценность</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Сегменты RFM</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>From revenue</source>
        <translation>От выручки</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Дней с покупками</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Выручка 12 мес.</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Вознаграждение</translation>
    </message>
    <message>
        <source>Reward tiers</source>
        <translation>Уровни вознаграждения</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers by recency and frequency&lt;/b&gt; (click a cell for its customers)</source>
        <translation>&lt;b&gt;Клиенты по давности и частоте&lt;/b&gt; (щёлкните по ячейке, чтобы увидеть её клиентов)</translation>
    </message>
    <message>
        <source>Recency by frequency grid</source>
        <translation>Сетка давности и частоты</translation>
    </message>
    <message>
        <source>&lt;b&gt;RFM segments&lt;/b&gt; (double-click for the customers)</source>
        <translation>&lt;b&gt;Сегменты RFM&lt;/b&gt; (двойной щелчок — клиенты сегмента)</translation>
    </message>
    <message>
        <source>Export segment…</source>
        <translation>Экспорт сегмента…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reward tiers&lt;/b&gt; over the last 12 months</source>
        <translation>&lt;b&gt;Уровни вознаграждения&lt;/b&gt; за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Export tier…</source>
        <translation>Экспорт уровня…</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Оценка клиентов…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 customers&lt;/b&gt; scored on recency, frequency and spend over all time up to %2. Scores run from 1 to 5; equal values get equal scores.</source>
        <translation>&lt;b&gt;Клиентов: %1&lt;/b&gt;, оценены по давности, частоте и сумме покупок за всё время до %2. Оценки от 1 до 5; равные значения получают равные оценки.</translation>
    </message>
    <message>
        <source>R%1 F%2: %3 customers, revenue %4, mean spend %5</source>
        <translation>R%1 F%2: клиентов %3, выручка %4, средняя покупка %5</translation>
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
        <translation>без уровня</translation>
    </message>
    <message>
        <source>In the last 12 months %1 customers moved up a tier (they bought %2 in that time) and %3 moved down (%4).</source>
        <translation>За последние 12 месяцев клиентов, поднявшихся на уровень выше: %1 (купили за это время на %2), опустившихся: %3 (%4).</translation>
    </message>
    <message>
        <source>R%1 F%2</source>
        <translation>R%1 F%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Choose a tier first.</source>
        <translation>Сначала выберите уровень.</translation>
    </message>
    <message>
        <source>Choose a segment first.</source>
        <translation>Сначала выберите сегмент.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>cartera::SettingsDialog</name>
    <message>
        <source>Task &amp;rules</source>
        <translation>&amp;Правила задач</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>cartera::TaskRulesPage</name>
    <message>
        <source>A class A customer turns at risk</source>
        <translation>Клиент класса A оказался под угрозой</translation>
    </message>
    <message>
        <source>Class A or B with P(alive) below, %</source>
        <translation>Класс A или B с P(активен) ниже, %</translation>
    </message>
    <message>
        <source>New customer without a second purchase after, days</source>
        <translation>Новый клиент без второй покупки после, дней</translation>
    </message>
    <message>
        <source>A customer moves down a reward tier</source>
        <translation>Клиент опускается на уровень вознаграждения ниже</translation>
    </message>
    <message>
        <source>A veteran&apos;s 12-month revenue falls by more than, %</source>
        <translation>12-месячная выручка ветерана падает больше чем на, %</translation>
    </message>
    <message>
        <source>A birthday within, days</source>
        <translation>День рождения в пределах, дней</translation>
    </message>
    <message>
        <source>A recovery case&apos;s corrective action is overdue</source>
        <translation>Корректирующее действие по случаю возврата просрочено</translation>
    </message>
    <message>
        <source>A contacted case without an attempt for, days</source>
        <translation>Случай после контакта без попыток в течение, дней</translation>
    </message>
    <message>
        <source>An open prospect without a contact for, days</source>
        <translation>Открытый потенциальный клиент без контакта в течение, дней</translation>
    </message>
    <message>
        <source>Ignore occasions older than, days</source>
        <translation>Не учитывать поводы старше, дней</translation>
    </message>
    <message>
        <source>Rules run when a portfolio opens, after every import, and with &lt;tt&gt;cartera-cli rules run&lt;/tt&gt;. Each writes one task per customer and occasion, due on the day the occasion began; a dismissed task does not come back.</source>
        <translation>Правила выполняются при открытии портфеля, после каждого импорта и командой &lt;tt&gt;cartera-cli rules run&lt;/tt&gt;. Каждое создаёт одну задачу на клиента и повод со сроком в день, когда повод возник; отклонённая задача не возвращается.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
</context>
<context>
    <name>cartera::TodayView</name>
    <message>
        <source>Keep valuable customers</source>
        <translation>Удержать ценных клиентов</translation>
    </message>
    <message>
        <source>Welcome new customers</source>
        <translation>Поприветствовать новых клиентов</translation>
    </message>
    <message>
        <source>Customers spending less</source>
        <translation>Клиенты, которые тратят меньше</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Recovery cases</source>
        <translation>Случаи возврата</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Потенциальные клиенты</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>Keys: Enter opens, D marks done, S snoozes, Delete dismisses. Tasks come from the rules (Settings → Task rules) and from the New task buttons.</source>
        <translation>Клавиши: Enter открывает, D — выполнено, S — отложить, Delete — отклонить. Задачи создают правила (Настройки → Правила задач) и кнопки «Новая задача».</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>%1, a day late</source>
        <translation>%1, опоздание на день</translation>
    </message>
    <message>
        <source>%1, %2 days late</source>
        <translation>%1, опоздание %2 дн.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>На сегодня ничего нет.</translation>
    </message>
    <message>
        <source>%1 due today, %2 overdue</source>
        <translation>На сегодня: %1, просрочено: %2</translation>
    </message>
    <message>
        <source>Dismiss task</source>
        <translation>Отклонить задачу</translation>
    </message>
    <message>
        <source>Why is this task not needed? The rule will not bring it back for this occasion.</source>
        <translation>Почему эта задача не нужна? Правило не создаст её снова для этого повода.</translation>
    </message>
    <message>
        <source>Select a task&apos;s customer here, or use New task in the customer window.</source>
        <translation>Выберите здесь клиента задачи или воспользуйтесь кнопкой «Новая задача» в окне клиента.</translation>
    </message>
</context>
<context>
    <name>cartera::UserGuideDialog</name>
    <message>
        <source>Cartera User Guide</source>
        <translation>Руководство пользователя Cartera</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
</context>
<context>
    <name>cartera::ValueView</name>
    <message>
        <source>&lt;b&gt;Lifetime value by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Пожизненная ценность по&lt;/b&gt;</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>стадии жизненного цикла</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Сегмент RFM</translation>
    </message>
    <message>
        <source>reward tier</source>
        <translation>уровню вознаграждения</translation>
    </message>
    <message>
        <source>acquisition year</source>
        <translation>год привлечения</translation>
    </message>
    <message>
        <source>Group lifetime value by</source>
        <translation>Группировать пожизненную ценность по</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Пожизненная ценность</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Средняя P(активен)</translation>
    </message>
    <message>
        <source>Purchases next 12 weeks</source>
        <translation>Покупки в следующие 12 недель</translation>
    </message>
    <message>
        <source>Lifetime value by group</source>
        <translation>Пожизненная ценность по группам</translation>
    </message>
    <message>
        <source>Lifetime value distribution</source>
        <translation>Распределение пожизненной ценности</translation>
    </message>
    <message>
        <source>lifetime-value</source>
        <translation>pozhiznennaya-cennost</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holdout check&lt;/b&gt;: fit on purchases up to</source>
        <translation>&lt;b&gt;Проверка на отложенной выборке&lt;/b&gt;: обучить на покупках до</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>Конец обучения</translation>
    </message>
    <message>
        <source>and predict the rest up to the as-of day</source>
        <translation>и предсказать остальное до даты расчёта</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value models…</source>
        <translation>Обучаются модели пожизненной ценности…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purchases&lt;/b&gt; (BG/NBD over %1 customers): r = %2, α = %3, a = %4, b = %5, log-likelihood %6 — %7.&lt;br&gt;&lt;b&gt;Spend&lt;/b&gt; (Gamma-Gamma over %8 repeat customers): p = %9, q = %10, γ = %11 — %12.</source>
        <translation>&lt;b&gt;Покупки&lt;/b&gt; (BG/NBD по %1 клиентам): r = %2, α = %3, a = %4, b = %5, логарифм правдоподобия %6 — %7.&lt;br&gt;&lt;b&gt;Траты&lt;/b&gt; (Gamma-Gamma по %8 повторным клиентам): p = %9, q = %10, γ = %11 — %12.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>сошлась</translation>
    </message>
    <message>
        <source>&lt;b&gt;not converged&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;не сошлась&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Lifetime value: the purchases expected over the next %1 months times the expected spend, discounted %2 a month.</source>
        <translation>Пожизненная ценность: ожидаемые покупки за следующие %1 мес., умноженные на ожидаемую сумму покупки, с дисконтом %2 в месяц.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lifetime values are shown&lt;/b&gt;: a model that did not converge would give numbers that mean nothing.</source>
        <translation>&lt;b&gt;Пожизненная ценность не показана&lt;/b&gt;: несошедшаяся модель дала бы бессмысленные числа.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>How lifetime value is spread (customers per band)</source>
        <translation>Распределение пожизненной ценности (клиентов в интервале)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиентов</translation>
    </message>
    <message>
        <source>more</source>
        <translation>ещё</translation>
    </message>
    <message>
        <source>lifetime value from (%1)</source>
        <translation>пожизненная ценность от (%1)</translation>
    </message>
</context>
</TS>
