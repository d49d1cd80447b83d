#include "core/portfolio/customer_directory.h"

namespace cartera {

namespace {

bool isAscii(std::string_view text) {
    unsigned high = 0;
    for (char ch : text)
        high |= static_cast<unsigned char>(ch);
    return high < 0x80;
}

char lowered(char ch) {
    return static_cast<char>(ch + (static_cast<unsigned>(ch - 'A') < 26u ? 32 : 0));
}

// Whether the folded (lower-case) `word` occurs in plain ASCII `text`, ignoring its case.
bool containsIgnoringCase(std::string_view text, std::string_view word) {
    if (word.empty() || word.size() > text.size())
        return word.empty();
    const char first = word.front();
    for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
        if (lowered(text[at]) != first)
            continue;
        std::size_t k = 1;
        while (k < word.size() && lowered(text[at + k]) == word[k])
            ++k;
        if (k == word.size())
            return true;
    }
    return false;
}

// Folded fields are stored one after the other, each after its length in 7-bit groups: no
// byte is free to mark their ends in text that may hold anything.
void appendLength(std::string& out, std::size_t n) {
    do {
        auto group = static_cast<unsigned char>(n & 0x7F);
        n >>= 7;
        if (n != 0)
            group |= 0x80;
        out += static_cast<char>(group);
    } while (n != 0);
}

std::size_t takeLength(std::string_view& in) {
    std::size_t n = 0;
    for (int shift = 0;; shift += 7) {
        const auto group = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        n |= static_cast<std::size_t>(group & 0x7F) << shift;
        if ((group & 0x80) == 0)
            return n;
    }
}

} // namespace

void CustomerDirectory::reserve(std::size_t customers) {
    name.reserve(customers, customers * 16);
    company.reserve(customers, customers * 12);
    email.reserve(customers, customers * 28);
    owner.reserve(customers);
    m_foldedFields.reserve(customers, customers * 8);
    m_foldedMask.reserve(customers);
}

void CustomerDirectory::add(std::string_view externalId, std::string_view n, std::string_view c,
                            std::string_view e, std::string_view o) {
    name.push_back(n);
    company.push_back(c);
    email.push_back(e);
    owner.push_back(o);
    thread_local std::string pieces;
    pieces.clear();
    std::uint8_t mask = 0;
    const std::string_view fields[] = {externalId, n, c, e};
    for (std::size_t f = 0; f < std::size(fields); ++f)
        if (!isAscii(fields[f])) {
            const std::string folded = searchFold(fields[f]);
            appendLength(pieces, folded.size());
            pieces += folded;
            mask |= static_cast<std::uint8_t>(1u << f);
        }
    m_foldedFields.push_back(pieces);
    m_foldedMask.push_back(mask);
}

bool CustomerDirectory::containsWords(std::size_t i, std::string_view externalId,
                                      const std::vector<std::string>& words) const {
    // A word never spans two fields, so each field is searched alone: the stored fold of a
    // field that is not plain ASCII, or the field itself ignoring case (its fold is its lower
    // case).
    const std::uint8_t mask = m_foldedMask[i];
    std::string_view texts[] = {externalId, name[i], company[i], email[i]};
    std::string_view pieces = m_foldedFields[i];
    for (std::size_t f = 0; f < std::size(texts); ++f)
        if (mask & (1u << f)) {
            const std::size_t length = takeLength(pieces);
            texts[f] = pieces.substr(0, length);
            pieces.remove_prefix(length);
        }
    for (const std::string& word : words) {
        bool found = false;
        for (std::size_t f = 0; f < std::size(texts) && !found; ++f)
            found = (mask & (1u << f)) ? texts[f].find(word) != std::string_view::npos
                                       : containsIgnoringCase(texts[f], word);
        if (!found)
            return false;
    }
    return true;
}

std::string foldCase(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
            continue;
        }
        if (i + 1 < s.size() && (c & 0xE0) == 0xC0) {
            unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
                cp += 0x20; // Latin-1 capitals
            else if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
                cp += 0x20; // Greek capitals
            else if (cp == 0x3C2)
                cp = 0x3C3; // final sigma matches sigma
            else if (cp >= 0x386 && cp <= 0x38F) {
                static constexpr unsigned tonos[] = {0x3AC, 0,     0x3AD, 0x3AE, 0x3AF,
                                                     0,     0x3CC, 0,     0x3CD, 0x3CE};
                if (tonos[cp - 0x386] != 0)
                    cp = tonos[cp - 0x386];
            } else if (cp >= 0x410 && cp <= 0x42F)
                cp += 0x20; // Cyrillic capitals
            else if (cp >= 0x400 && cp <= 0x40F)
                cp += 0x50;
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
            ++i;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

namespace {

// Base letters of U+0100..U+017F (Latin Extended-A); '#' is "ij", '@' is "oe".
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii##jjkkkllllllllllnnnnnnnnnoooooo@@rrrrrr"
    "ssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// What a folded two-byte letter reads as without its accent, or empty to keep it.
std::string_view withoutAccent(unsigned cp) {
    static constexpr std::string_view latin1 = // U+00E0..U+00FF
        "aaaaaa@ceeeeiiiidnooooo/ouuuuyty";
    if (cp == 0xDF)
        return "ss";
    if (cp >= 0xE0 && cp <= 0xFF) {
        if (cp == 0xE6)
            return "ae";
        if (cp == 0xF7 || cp == 0xFE)
            return {};
        return latin1.substr(cp - 0xE0, 1);
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        const char base = kLatinExtendedA[cp - 0x100];
        if (base == '#')
            return "ij";
        if (base == '@')
            return "oe";
        return kLatinExtendedA.substr(cp - 0x100, 1);
    }
    switch (cp) { // Greek tonos and dialytika, Cyrillic yo
    case 0x3AC:
        return "\u03B1";
    case 0x3AD:
        return "\u03B5";
    case 0x3AE:
        return "\u03B7";
    case 0x3AF:
    case 0x390:
    case 0x3CA:
        return "\u03B9";
    case 0x3CC:
        return "\u03BF";
    case 0x3CD:
    case 0x3B0:
    case 0x3CB:
        return "\u03C5";
    case 0x3CE:
        return "\u03C9";
    case 0x451:
        return "\u0435";
    default:
        return {};
    }
}

} // namespace

std::string searchFold(std::string_view utf8) {
    const std::string folded = foldCase(utf8);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if ((c & 0xE0) == 0xC0 && i + 1 < folded.size()) {
            const unsigned cp =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(folded[i + 1]) & 0x3Fu);
            if (const std::string_view base = withoutAccent(cp); !base.empty()) {
                out += base;
                ++i;
                continue;
            }
        }
        out += folded[i];
    }
    return out;
}

std::vector<std::string> searchWords(std::string_view query) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < query.size()) {
        const std::size_t end = query.find_first_of(" \t", start);
        const std::string_view word =
            query.substr(start, end == std::string_view::npos ? query.npos : end - start);
        if (!word.empty())
            words.push_back(searchFold(word));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return words;
}

} // namespace cartera
