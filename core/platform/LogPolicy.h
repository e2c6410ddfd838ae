#pragma once
// Rule 2 for logs. Our own code logs actions and error codes, never document names, paths,
// text or key material. Messages from other categories (Qt, plugins) may carry paths, so only
// their warnings and errors pass, and only with the category name; debug and info are dropped
// unless VAULTOCR_DEBUG_LOG=1 is set by a developer. leptonica's own stderr messages are off.

namespace vo {

class LogPolicy {
public:
    static void install();
    // VAULTOCR_DEBUG_LOG=1 was set when install() ran: debug output and third-party details pass.
    static bool debugOutputEnabled();
};

}  // namespace vo
