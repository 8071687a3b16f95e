// sentra completion bash — a bash completion script made from the command line's own
// definitions (main.cpp), so that it cannot drift from them: for each command, its
// subcommands and options; an option's values where the option lists them (--focus,
// --lead, --format); file names elsewhere.
#include "completion.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sentra_cli {

namespace {

// Single-quoted for the shell.
std::string shell_quoted(std::string const& s)
{
    std::string out(1, '\'');
    for (char c : s) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

// "regions lookup": the words that lead to a command.
std::string path_of(CLI::App const* a)
{
    std::vector<std::string> names;
    for (; a != nullptr && a->get_parent() != nullptr; a = a->get_parent()) names.push_back(a->get_name());
    std::string out;
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
        if (!out.empty()) out.push_back(' ');
        out.append(*it);
    }
    return out;
}

// The values an option takes when it lists them: its "values" validator's description
// ("en, id"; main.cpp's one_of).
std::string values_of(CLI::Option* opt)
{
    try {
        std::string v;
        for (char c : opt->get_validator("values")->get_description()) v += c == ',' ? ' ' : c;
        return v;
    } catch (CLI::OptionNotFound const&) {
        return {};
    }
}

void walk(CLI::App* a, std::string& words, std::string& values)
{
    std::string list;
    auto add = [&list](std::string_view word) {
        if (!list.empty()) list.push_back(' ');
        list.append(word);
    };
    auto const subs = a->get_subcommands([](CLI::App*) { return true; });
    for (auto const* sub : subs) add(sub->get_name());
    for (auto* opt : a->get_options()) {
        for (auto const& l : opt->get_lnames()) {
            add("--");
            list.append(l);
            if (auto const v = values_of(opt); !v.empty())
                values += "    " + shell_quoted(path_of(a) + " --" + l) + ") echo " + shell_quoted(v) + " ;;\n";
        }
    }
    words += "    " + shell_quoted(path_of(a)) + ") echo " + shell_quoted(list) + " ;;\n";
    for (auto* sub : subs) walk(sub, words, values);
}

} // namespace

std::string bash_completion(CLI::App& app)
{
    std::string words, values;
    walk(&app, words, values);
    return "# bash completion for sentra, made by `sentra completion bash` from its own\n"
           "# definitions: source it, or put it in /etc/bash_completion.d/sentra.\n"
           "_sentra_words() {\n  case \"$1\" in\n" +
           words +
           "  esac\n}\n"
           "_sentra_values() {\n  case \"$1\" in\n" +
           values +
           "  esac\n}\n"
           "_sentra() {\n"
           "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path='' w i next\n"
           "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "    w=${COMP_WORDS[i]}\n"
           "    [[ $w == -* ]] && continue\n"
           "    next=\"${path:+$path }$w\"\n"
           "    case \" $(_sentra_words \"$path\") \" in *\" $w \"*) path=$next ;; esac\n"
           "  done\n"
           "  local values all subs=''\n"
           "  values=$(_sentra_values \"$path $prev\")\n"
           "  all=$(_sentra_words \"$path\")\n"
           "  for w in $all; do [[ $w != -* ]] && subs+=\"$w \"; done\n"
           "  if [[ -n $values ]]; then\n"
           "    COMPREPLY=($(compgen -W \"$values\" -- \"$cur\"))\n"
           "  elif [[ $cur == -* ]]; then\n"
           "    COMPREPLY=($(compgen -W \"$all\" -- \"$cur\"))\n"
           "  elif [[ -n $subs ]]; then\n"
           "    COMPREPLY=($(compgen -W \"$subs\" -- \"$cur\"))\n"
           "  else\n"
           "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "  fi\n"
           "}\n"
           "complete -o filenames -F _sentra sentra\n";
}

} // namespace sentra_cli
