#include "app/help/about_dialog.h"
#include "app/help/user_guide_dialog.h"
#include "app/import/import_wizard.h"
#include "gui_fixture.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>

using namespace cartera;
using namespace cartera::test;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Runs the app's binary; with `display` false there is no window system at all, as over ssh.
Run runApp(const QStringList& arguments, bool display) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CARTERA_APP_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

void drop(MainWindow& window, const QString& path) {
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropEvent(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropEvent);
}

// Answers the next modal question, once it is shown, by pressing the button with `text`.
void answerNextQuestion(const QString& text) {
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        for (auto* button : box->buttons())
            if (button->text() == text)
                button->click();
    });
    timer->start(10);
}

} // namespace

TEST_CASE("cartera answers --help and --version without a display, and refuses a wrong option") {
    const Run help = runApp({QStringLiteral("--help")}, false);
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("[options] [file]")));
    CHECK(help.out.contains(QStringLiteral("--version")));

    const Run version = runApp({QStringLiteral("--version")}, false);
    CHECK(version.code == 0);
    CHECK(version.out.trimmed() == QStringLiteral("Cartera " CARTERA_VERSION));

    const Run wrong = runApp({QStringLiteral("--no-such-option")}, true);
    CHECK(wrong.code != 0);
    CHECK(wrong.err.contains(QStringLiteral("no-such-option")));
}

TEST_CASE("a portfolio dropped on the window opens, and a CSV dropped starts its import") {
    GuiFixture f;
    const QString other = f.dir.filePath(QStringLiteral("renamed-portfolio.db"));
    {
        auto db = Database::open(other.toStdString(), Database::OpenMode::CreateNew);
        writeDemo(*db, {50, 3, Date::fromYmd(2026, 6, 30), 4});
    }
    // Recognised by its content, not its name.
    drop(*f.window, other);
    QApplication::processEvents();
    f.window->waitForIdle();
    CHECK(f.window->session()->path() == other);
    CHECK(f.snapshot().portfolio.customerCount() == 50);

    const QString csv = f.dir.filePath(QStringLiteral("sales.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("customer,date,amount\nC1,2026-05-01,10.00\n");
    file.close();
    answerNextQuestion(QStringLiteral("&Customers"));
    drop(*f.window, csv);
    QApplication::processEvents();
    auto* wizard = f.window->findChild<ImportWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->file() == csv);
    CHECK(wizard->kind() == ImportWizard::Kind::Customers);
    wizard->close();
}

TEST_CASE("the bundled user guide opens offline and follows its links") {
    UserGuideDialog dialog;
    auto* browser = dialog.browser();
    CHECK(browser->toPlainText().contains(QStringLiteral("Today")));
    // A link is followed as QTextBrowser follows a click: resolved against the page.
    REQUIRE(browser->toHtml().contains(QStringLiteral("href=\"importing.md\"")));
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("importing.md"))),
                       QTextDocument::MarkdownResource);
    CHECK(browser->source().toString() == QStringLiteral("qrc:/docs/importing.md"));
    CHECK(browser->toPlainText().contains(QStringLiteral("Windows-1252")));
}

TEST_CASE("About names the licence the binary is distributed under") {
    const QString text = aboutText();
    CHECK(text.contains(QStringLiteral("GNU General Public License version 3")));
    CHECK(text.contains(QStringLiteral("MIT")));
    CHECK(text.contains(QStringLiteral(CARTERA_VERSION)));
}
