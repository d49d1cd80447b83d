#include "core/base/file_io.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace cartera;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string t = (fs::temp_directory_path() / "cartera-io-XXXXXX").string();
        path = ::mkdtemp(t.data());
    }
    ~TempFolder() { fs::remove_all(path); }
};

void writePlain(const fs::path& p, std::string_view content) {
    std::ofstream(p, std::ios::binary) << content;
}

} // namespace

TEST_CASE("reading refuses folders and pipes by name instead of hanging") {
    TempFolder dir;
    CHECK_THROWS_WITH(readFileBytes(dir.path.string()), Catch::Contains("is a folder"));
    const fs::path fifo = dir.path / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(readFileBytes(fifo.string()), Catch::Contains("not a regular file"));
    CHECK_THROWS_WITH(readFileBytes((dir.path / "missing.csv").string()),
                      Catch::Contains("No such file"));
    writePlain(dir.path / "a.csv", std::string("x,\0y", 4));
    CHECK(readFileBytes((dir.path / "a.csv").string()) == std::string("x,\0y", 4));
}

TEST_CASE("exports replace a file whole, owner-only, and never a database") {
    TempFolder dir;
    const fs::path target = dir.path / "report.csv";
    writePlain(target, "old");
    writeFileAtomically(target.string(), "new,content\n");
    std::ifstream in(target);
    std::string line;
    std::getline(in, line);
    CHECK(line == "new,content");
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const fs::path db = dir.path / "shop.cartera";
    writePlain(db, std::string("SQLite format 3\0rest of the header", 34));
    CHECK_THROWS_WITH(writeFileAtomically(db.string(), "a,b\n"), Catch::Contains("database"));
    CHECK(fs::file_size(db) == 34);
    CHECK_THROWS_WITH(writeFileAtomically(dir.path.string(), "a"), Catch::Contains("folder"));
    // Nothing is left behind by the refusals.
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 2);
}
