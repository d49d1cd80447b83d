#include "app/common/save_file.h"

#include "app/common/error_message.h"
#include "core/base/file_io.h"

#include <exception>

namespace cartera {

bool saveFile(const QString& path, std::string_view bytes, QString* error) {
    try {
        writeFileAtomically(path.toStdString(), bytes);
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = ErrorMessage::of(e);
        return false;
    }
}

} // namespace cartera
