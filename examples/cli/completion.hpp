// The sentra program's bash completion, made from its CLI11 definitions (completion.cpp).
#pragma once

#include <CLI/App.hpp>

#include <string>

namespace sentra_cli {

// The script: `sentra completion bash > /etc/bash_completion.d/sentra`.
std::string bash_completion(CLI::App& app);

} // namespace sentra_cli
