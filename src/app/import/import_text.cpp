#include "app/import/import_text.h"

#include "app/common/error_message.h"
#include "report/locale_text.h"

#include <algorithm>
#include <climits>
#include <map>

namespace cartera {

namespace {

// Counts choose their plural form in each language (Russian has three). English has no
// translation file, so its two forms are two source texts; each translation gives both every
// form its language needs.
int forPlural(std::size_t n) {
    return static_cast<int>(std::min<std::size_t>(n, INT_MAX));
}

QString counted(std::size_t n, const QString& one, const QString& many) {
    return n == 1 ? one : many;
}

} // namespace

QString ImportText::hint(const ImportIssue& issue) {
    const QString role = ErrorMessage::field(issue.role);
    switch (issue.problem) {
    case ImportProblem::MissingColumn:
        return tr("Choose the column for %1 on the previous page (Back).").arg(role);
    case ImportProblem::UnknownColumn:
        return tr("Check the column choices on the previous page (Back).");
    case ImportProblem::DuplicateColumn:
        return tr("Choose the column for %1 by hand on the previous page (Back).").arg(role);
    case ImportProblem::DateFormat:
        return tr("Choose the date format on the previous page (Back).");
    case ImportProblem::Cell:
        return tr("Correct the row in the file, or go Back and tick \u201cSkip bad "
                  "rows\u201d to import the rest.");
    case ImportProblem::File:
        break;
    }
    return {};
}

QStringList ImportText::readingNote(const CsvImportReader& reader, const CsvImportOptions& o,
                                    bool purchases, const QString& dateFormatLabel) {
    QStringList note;
    const Delimiter d = reader.delimiter();
    note << tr("Columns separated by %1.")
                .arg(d.isBlanks()            ? tr("runs of blanks")
                     : d.character() == ','  ? tr("commas")
                     : d.character() == ';'  ? tr("semicolons")
                     : d.character() == '\t' ? tr("tabs")
                                             : QString(QLatin1Char(d.character())));
    note << (reader.hasHeader() ? tr("The first row is a header.")
                                : tr("No header row: columns are taken by position."));
    if (!dateFormatLabel.isEmpty())
        note << tr("Dates read as %1.").arg(dateFormatLabel);
    else if (!o.dateFormat)
        note << tr("The date format cannot be told from the file: choose it.");
    if (purchases) {
        const bool amount = reader.columnOf("amount") >= 0;
        const bool price = reader.columnOf("unit_price") >= 0;
        const bool order = reader.columnOf("order_id") >= 0;
        if (amount)
            note << tr("Each line's amount is its %1 column.").arg(reader.columnOf("amount") + 1);
        else if (price)
            note << tr("Each line's amount is quantity \u00d7 unit price.");
        else
            note << tr("Choose the column for amount, or for unit price.");
        if (order)
            note << tr("Lines of one order, customer and day become one purchase; credit "
                       "notes (C…) and negative quantities are refunds.");
        note << tr("Lines without a customer (empty, NA, NULL, -) are skipped and counted.");
    }
    if (o.decimalSeparator == ',')
        note << tr("Amounts use a decimal comma.");
    return note;
}

QString ImportText::result(bool purchases, const ImportSummary& s) {
    QString text;
    if (purchases) {
        text = tr("<b>Imported.</b> %1 read: %2 (%3).")
                   .arg(counted(s.lines, tr("%Ln line", nullptr, 1),
                                tr("%Ln lines", nullptr, forPlural(s.lines))),
                        counted(s.rows, tr("%Ln purchase", nullptr, 1),
                                tr("%Ln purchases", nullptr, forPlural(s.rows))),
                        counted(s.refunds, tr("%Ln refund", nullptr, 1),
                                tr("%Ln refunds", nullptr, forPlural(s.refunds))));
        if (s.mergedLines > 0)
            text += QLatin1Char(' ') +
                    counted(s.mergedLines,
                            tr("%Ln line was added to the purchase of its order.", nullptr, 1),
                            tr("%Ln lines were added to the purchase of their order.", nullptr,
                               forPlural(s.mergedLines)));
        if (s.skippedNoCustomer > 0)
            text += QLatin1Char(' ') +
                    counted(s.skippedNoCustomer,
                            tr("%Ln line without a customer was skipped.", nullptr, 1),
                            tr("%Ln lines without a customer were skipped.", nullptr,
                               forPlural(s.skippedNoCustomer)));
    } else {
        text = counted(s.lines, tr("<b>Imported.</b> %Ln row read.", nullptr, 1),
                       tr("<b>Imported.</b> %Ln rows read.", nullptr, forPlural(s.lines)));
    }
    text += QStringLiteral("<br>") + tr("%1 added, %2 updated, %3 already present, %4 new "
                                        "customers, %5 rejected.")
                                         .arg(numberText(s.inserted), numberText(s.updated),
                                              numberText(s.duplicates), numberText(s.newCustomers),
                                              numberText(s.rejects.size()));
    return text;
}

QString ImportText::groupedRejects(const std::vector<ImportIssue>& rejects,
                                   const std::string& fileName) {
    std::map<QString, std::size_t> byReason;
    for (const ImportIssue& issue : rejects)
        ++byReason[ErrorMessage::of(issue.fact)];
    std::vector<std::pair<std::size_t, QString>> reasons;
    for (const auto& [reason, count] : byReason)
        reasons.emplace_back(count, reason);
    std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QString text;
    for (const auto& [count, reason] : reasons)
        text += counted(count, tr("%Ln row: %1", nullptr, 1),
                        tr("%Ln rows: %1", nullptr, forPlural(count)))
                    .arg(reason) +
                QLatin1Char('\n');
    if (!reasons.empty())
        text += QLatin1Char('\n');
    for (const ImportIssue& issue : rejects)
        text += ErrorMessage::of(issue, fileName) + QLatin1Char('\n');
    return text;
}

} // namespace cartera
