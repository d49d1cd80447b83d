#include "app/customers/customer_export.h"

#include "app/common/error_message.h"
#include "app/common/save_file.h"
#include "core/customers/customer_csv.h"
#include "storage/customer_list_repository.h"

#include <sstream>

namespace cartera {

bool exportCustomerContacts(const PortfolioSnapshot& s, Database& db,
                            const std::vector<std::uint32_t>& rows, const QString& path,
                            QString* error) {
    if (!s.hasNames()) {
        if (error)
            *error = ErrorMessage::namesComing();
        return false;
    }
    try {
        std::ostringstream out;
        writeCustomerContactsCsv(out, rows, s.portfolio, s.directory(), loadCustomerPhones(db),
                                 s.metrics, s.value.get(), s.settings.minorDigits);
        return saveFile(path, out.str(), error);
    } catch (const std::exception& e) {
        if (error)
            *error = ErrorMessage::of(e);
        return false;
    }
}

} // namespace cartera
