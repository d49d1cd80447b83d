#include "app/import/import_job.h"

#include "app/common/error_message.h"
#include "app/import/import_text.h"
#include "core/base/file_io.h"
#include "core/import/customer_rows.h"
#include "core/import/purchase_rows.h"
#include "storage/database.h"

namespace cartera {

std::pair<std::string, TextEncoding> readImportFile(const QString& path,
                                                    std::optional<TextEncoding> forced) {
    std::string data = readFileBytes(path.toStdString());
    const TextEncoding encoding = convertToUtf8(data, forced);
    return {std::move(data), encoding};
}

ImportJob::Outcome ImportJob::run(const std::atomic_bool& cancelled,
                                  std::atomic_int& percent) const {
    Outcome out;
    try {
        const std::string data = readImportFile(file, encoding).first;
        auto db = Database::open(portfolio);
        ImportProgress progress = [&](std::size_t done, std::size_t total) {
            percent = total ? static_cast<int>(50 + done * 50 / total) : 100;
            return !cancelled;
        };
        auto parseProgress = [&](std::size_t done, std::size_t total) {
            percent = total ? static_cast<int>(done * 50 / total) : 50;
        };
        if (purchases) {
            const auto rows =
                parsePurchaseCsv(data, options, db->analysisSettings().minorDigits, parseProgress);
            if (cancelled)
                throw ImportCancelled();
            out.summary = importPurchases(*db, rows, progress);
        } else {
            out.summary = importCustomers(*db, parseCustomerCsv(data, options), progress);
        }
        percent = 100;
        out.ok = true;
    } catch (const ImportError& e) {
        out.message = ErrorMessage::of(e);
        out.hint = ImportText::hint(e.issue);
    } catch (const std::exception& e) {
        out.message = ErrorMessage::of(e);
    }
    return out;
}

} // namespace cartera
