#pragma once

#include <array>
#include <string_view>

namespace cartera {

// How a person reaches a customer or prospect: interactions, recovery attempts, prospect contacts.
inline constexpr std::array<std::string_view, 5> kContactChannels = {"call", "email", "letter",
                                                                     "visit", "sms"};

constexpr bool isContactChannel(std::string_view channel) {
    for (std::string_view c : kContactChannels)
        if (c == channel)
            return true;
    return false;
}

} // namespace cartera
