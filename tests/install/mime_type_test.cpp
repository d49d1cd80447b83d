#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace cartera;

// The MIME package as a desktop installs it: merged with freedesktop.org's types into one
// mime.cache by update-mime-database, the only database this process sees. (Qt lets a
// system cache override a user-folder type's magic, so the test builds a system folder.)
TEST_CASE("the MIME type knows a portfolio by its content, whatever its name") {
    QTemporaryDir share;
    const QDir dir(share.path());
    dir.mkpath(QStringLiteral("mime/packages"));
    dir.mkpath(QStringLiteral("home"));
    REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        dir.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    REQUIRE(QFile::copy(QStringLiteral(CARTERA_RESOURCES "/linux/org.cartera.Cartera.xml"),
                        dir.filePath(QStringLiteral("mime/packages/org.cartera.Cartera.xml"))));
    const QString update =
        QStringLiteral("update-mime-database '%1' 2>&1").arg(dir.filePath(QStringLiteral("mime")));
    REQUIRE(std::system(update.toLocal8Bit().constData()) == 0);
    qputenv("XDG_DATA_DIRS", share.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());

    const QString portfolio = dir.filePath(QStringLiteral("no-extension"));
    Database::open(portfolio.toStdString(), Database::OpenMode::CreateNew);
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        SQLite::Database plain(other.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        plain.exec("CREATE TABLE t(x)");
    }
    QMimeDatabase mime;
    CHECK(mime.mimeTypeForFile(portfolio, QMimeDatabase::MatchContent).name().toStdString() ==
          "application/x-cartera");
    CHECK(mime.mimeTypeForFile(other, QMimeDatabase::MatchContent).name().toStdString() ==
          "application/vnd.sqlite3");
    CHECK(mime.mimeTypeForFile(QStringLiteral("shop.cartera"), QMimeDatabase::MatchExtension)
              .name()
              .toStdString() == "application/x-cartera");
    CHECK(mime.mimeTypeForName(QStringLiteral("application/x-cartera"))
              .inherits(QStringLiteral("application/vnd.sqlite3")));
}
