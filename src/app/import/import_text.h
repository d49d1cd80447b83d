#pragma once

#include "core/import/csv_import_reader.h"
#include "storage/purchase_importer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace cartera {

// The import wizard's words: what a reading of the file means, what to do about a problem,
// what an import did and what it rejected.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
  public:
    // What to do about a problem, in the words of the wizard's controls.
    static QString hint(const ImportIssue& issue);
    // What the reader found with the current choices. dateFormatLabel names the detected date
    // format as the wizard offers it (empty when none was detected).
    static QStringList readingNote(const CsvImportReader& reader, const CsvImportOptions& options,
                                   bool purchases, const QString& dateFormatLabel);
    // Rich text.
    static QString result(bool purchases, const ImportSummary& summary);
    // Rejects grouped by what is wrong, most frequent first, then each with its place.
    static QString groupedRejects(const std::vector<ImportIssue>& rejects,
                                  const std::string& fileName);
};

} // namespace cartera
