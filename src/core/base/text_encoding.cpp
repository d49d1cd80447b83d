#include "core/base/text_encoding.h"

#include <array>
#include <cstdint>
#include <fmt/format.h>

namespace cartera {

namespace {

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// 0x80..0x9F of Windows-1252; the five bytes it leaves undefined map to the C1 controls of the
// same value, as web browsers do.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string fromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            out += c;
        else if (b < 0xA0)
            appendUtf8(out, kWindows1252High[b - 0x80]);
        else
            appendUtf8(out, b);
    }
    return out;
}

std::string fromUtf16(std::string_view bytes, bool littleEndian) {
    if (bytes.size() % 2 != 0)
        throw EncodingError(ErrorKind::Utf16Truncated);
    std::string out;
    out.reserve(bytes.size() / 2);
    auto unit = [&](std::size_t i) {
        const auto lo = static_cast<unsigned char>(bytes[littleEndian ? i : i + 1]);
        const auto hi = static_cast<unsigned char>(bytes[littleEndian ? i + 1 : i]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp < 0xDC00) {
            const char32_t low = i + 2 < bytes.size() ? unit(i + 2) : 0;
            if (low < 0xDC00 || low >= 0xE000)
                throw EncodingError(ErrorKind::Utf16Surrogate, i);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (cp >= 0xDC00 && cp < 0xE000) {
            throw EncodingError(ErrorKind::Utf16Surrogate, i);
        }
        appendUtf8(out, cp);
    }
    return out;
}

std::string_view lower(std::string_view name, std::array<char, 32>& buffer) {
    const std::size_t n = std::min(name.size(), buffer.size());
    for (std::size_t i = 0; i < n; ++i) {
        const char c = name[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return {buffer.data(), n};
}

} // namespace

std::string_view encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    case TextEncoding::Windows1252:
        return "Windows-1252";
    }
    return "UTF-8";
}

std::optional<TextEncoding> encodingFromName(std::string_view name) {
    std::array<char, 32> buffer{};
    const std::string_view n = lower(name, buffer);
    if (name.size() > buffer.size())
        return std::nullopt;
    if (n == "utf-8" || n == "utf8")
        return TextEncoding::Utf8;
    if (n == "utf-16le" || n == "utf16le" || n == "utf-16" || n == "utf16")
        return TextEncoding::Utf16Le;
    if (n == "utf-16be" || n == "utf16be")
        return TextEncoding::Utf16Be;
    if (n == "windows-1252" || n == "cp1252" || n == "latin1" || n == "latin-1" ||
        n == "iso-8859-1")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        // Skip ASCII eight bytes at a time: most of a CSV file is ASCII.
        while (end - p >= 8) {
            std::uint64_t word;
            __builtin_memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((b & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
            return false;
        p += extra + 1;
    }
    return true;
}

TextEncoding convertToUtf8(std::string& bytes, std::optional<TextEncoding> forced) {
    const std::string_view v = bytes;
    TextEncoding encoding;
    std::size_t bom = 0;
    if (forced) {
        encoding = *forced;
    } else if (v.starts_with("\xFF\xFE")) {
        encoding = TextEncoding::Utf16Le;
    } else if (v.starts_with("\xFE\xFF")) {
        encoding = TextEncoding::Utf16Be;
    } else if (isValidUtf8(v)) {
        encoding = TextEncoding::Utf8;
    } else {
        encoding = TextEncoding::Windows1252;
    }
    switch (encoding) {
    case TextEncoding::Utf8:
        if (!isValidUtf8(v))
            throw EncodingError(ErrorKind::NotUtf8);
        if (v.starts_with("\xEF\xBB\xBF"))
            bytes.erase(0, 3);
        break;
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be:
        if (v.starts_with("\xFF\xFE") || v.starts_with("\xFE\xFF"))
            bom = 2;
        bytes = fromUtf16(v.substr(bom), encoding == TextEncoding::Utf16Le);
        break;
    case TextEncoding::Windows1252:
        bytes = fromWindows1252(v);
        break;
    }
    return encoding;
}

} // namespace cartera
