#include "cli/file_io.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "cli/commands.h"
#include "io/workspace_json.h"

namespace parvis::cli {
namespace {

Error io_error(const std::string& path, const std::string& why, const char* reason = nullptr) {
    Error e;
    e.code = ErrorCode::io_cannot_open;
    e.detail = why;
    e.args = {{"path", path}};
    if (reason) e.args.emplace_back("reason", reason);
    return e;
}

}  // namespace

Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec)) return io_error(path, std::strerror(EISDIR));
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return io_error(path, ec.message());
    if (size > max_bytes) return file_too_large_error(size, max_bytes);
    std::ifstream in(path, std::ios::binary);
    if (!in) return io_error(path, std::strerror(errno));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    // A file that shrank meanwhile is read as it is now; one that grew is cut at its old size
    // and then fails the JSON check, which is the honest answer for a file being rewritten.
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return io_error(path, std::strerror(errno));
    return text;
}

Error write_text_file(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return io_error(path, std::strerror(errno), "write");
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return io_error(path, std::strerror(errno), "write");
        }
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return io_error(path, ec.message(), "write");
    }
    return {};
}

Loaded load_workspace(const Arguments& args) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) return {std::nullopt, report(args.file, text.error(), args.lang)};
    auto workspace = read_workspace(*text);
    if (!workspace) return {std::nullopt, report(args.file, workspace.error(), args.lang)};
    return {std::move(*workspace), kExitOk};
}

int write_if_asked(const Arguments& args, const Workspace& workspace) {
    if (args.output.empty()) return kExitOk;
    if (Error e = write_text_file(args.output, write_workspace(workspace))) return report(args.output, e, args.lang);
    return kExitOk;
}

Instant now() { return date::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

}  // namespace parvis::cli
