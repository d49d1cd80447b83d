#include "app/common/save_file.h"

#include "core/base/file_io.h"

#include <exception>

namespace cartera {

bool saveFile(const QString& path, std::string_view bytes, QString* error) {
    try {
        writeFileAtomically(path.toStdString(), bytes);
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace cartera
