#include "cli/cli_reference.h"

#include <fmt/format.h>

namespace cartera {
namespace {

struct Command {
    std::string path; // "recovery case add", empty for the top level
    const CLI::App* app;
};

std::vector<const CLI::App*> subcommandsOf(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App*) { return true; });
}

void collect(const CLI::App& app, const std::string& path, std::vector<Command>& out) {
    out.push_back({path, &app});
    for (const CLI::App* sub : subcommandsOf(app))
        collect(*sub, path.empty() ? sub->get_name() : path + ' ' + sub->get_name(), out);
}

std::vector<Command> allCommands(const CLI::App& app) {
    std::vector<Command> out;
    collect(app, {}, out);
    return out;
}

// "TEXT:{customers,purchases}" -> {"customers", "purchases"}
std::vector<std::string> choicesOf(const CLI::Option& opt) {
    const std::string type = opt.get_type_name();
    const auto open = type.find(":{");
    const auto close = type.find('}', open == std::string::npos ? 0 : open);
    std::vector<std::string> out;
    if (open == std::string::npos || close == std::string::npos)
        return out;
    std::string item;
    for (char c : type.substr(open + 2, close - open - 2)) {
        if (c == ',') {
            out.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    out.push_back(item);
    return out;
}

bool takesValue(const CLI::Option& opt) {
    return opt.get_expected_max() > 0;
}

std::vector<std::string> flagNames(const CLI::Option& opt) {
    std::vector<std::string> names;
    for (const auto& s : opt.get_snames())
        names.push_back("-" + s);
    for (const auto& l : opt.get_lnames())
        names.push_back("--" + l);
    return names;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

// roff: a backslash is \e, a hyphen in an option name is \-, and a line may not start with a
// control character.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

std::string valueName(const CLI::Option& opt) {
    std::string type = opt.get_type_name();
    const auto colon = type.find(':');
    if (colon != std::string::npos)
        type = type.substr(colon + 1);
    return type.empty() ? std::string("VALUE") : type;
}

} // namespace

std::string cliManPage(const CLI::App& app, const std::string& version, const std::string& date) {
    std::string out =
        fmt::format(".TH CARTERA\\-CLI 1 \"{}\" \"Cartera {}\" \"User Commands\"\n", date, version);
    out += ".SH NAME\ncartera\\-cli \\- customer portfolio analysis from the command line\n";
    out += ".SH SYNOPSIS\n.B cartera\\-cli\n.I command\n.RI [ options ]\n.I portfolio\n"
           ".RI [ arguments ]\n";
    out += ".SH DESCRIPTION\n"
           "The command line of Cartera, the desktop customer\\-portfolio manager. It reads and "
           "writes the same portfolio files as the\n.BR cartera (1)\napp and computes the same "
           "figures: lifecycle stages, the flow between them, Pareto classes, RFM segments, "
           "customer value, recovery and tasks. Reports print aligned text, or CSV with\n"
           ".BR \\-\\-csv .\nWhere a date is asked for,\n"
           ".B today\nis accepted; every report is computed for an as\\-of day.\n";
    out += ".SH COMMANDS\n";
    for (const auto& command : allCommands(app)) {
        if (command.path.empty())
            continue;
        std::string synopsis = "cartera\\-cli " + roff(command.path);
        for (const CLI::Option* opt : command.app->get_options())
            if (opt->get_positional())
                synopsis += " \\fI" + roff(opt->get_name()) + "\\fR";
        out += ".SS \"" + synopsis + "\"\n" + roff(command.app->get_description()) + "\n";
        for (const CLI::Option* opt : command.app->get_options()) {
            if (opt->get_positional() || opt->get_lnames() == std::vector<std::string>{"help"})
                continue;
            std::string head = "\\fB" + roff(join(flagNames(*opt), ", ")) + "\\fR";
            if (takesValue(*opt))
                head += " \\fI" + roff(valueName(*opt)) + "\\fR";
            out += ".TP\n" + head + "\n" + roff(opt->get_description()) + "\n";
        }
    }
    out += ".SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n.TP\n.B 1\nThe command could not be done: "
           "a missing or damaged file, bad input, a locked portfolio. The message on standard "
           "error names what and where; nothing was changed.\n.TP\n.B 2\nThe command line "
           "itself was wrong.\n";
    out += ".SH FILES\n.TP\n.I *.cartera\nA portfolio: one SQLite file, created readable by its "
           "owner only.\n";
    out += ".SH SEE ALSO\n.BR cartera (1)\n";
    return out;
}

std::string cliBashCompletion(const CLI::App& app) {
    std::string out = "# bash completion for cartera-cli; generated from its command tree.\n"
                      "_cartera_cli() {\n"
                      "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                      "    local path= word i arguments=0\n"
                      "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                      "        word=${COMP_WORDS[i]}\n"
                      "        [[ $word != -* ]] && ((arguments++))\n"
                      "        case \"$path|$word\" in\n";
    // A word that opened a subcommand is not one of its arguments.
    const auto commands = allCommands(app);
    for (const auto& command : commands)
        for (const CLI::App* sub : subcommandsOf(*command.app))
            out += fmt::format(
                "        \"{}|{}\") path=\"{}\" arguments=0 ;;\n", command.path, sub->get_name(),
                command.path.empty() ? sub->get_name() : command.path + ' ' + sub->get_name());
    out += "        esac\n    done\n"
           "    local words= options= values= files=0 choices=\n"
           "    case \"$path\" in\n";
    for (const auto& command : commands) {
        std::vector<std::string> subs, options, positionalChoices;
        for (const CLI::App* sub : subcommandsOf(*command.app))
            subs.push_back(sub->get_name());
        std::string valueCases;
        for (const CLI::Option* opt : command.app->get_options()) {
            if (opt->get_positional()) {
                for (const auto& c : choicesOf(*opt))
                    positionalChoices.push_back(c);
                continue;
            }
            const auto names = flagNames(*opt);
            options.insert(options.end(), names.begin(), names.end());
            if (!takesValue(*opt))
                continue;
            const auto choices = choicesOf(*opt);
            valueCases += fmt::format("            {}) values=\"{}\" ;;\n", join(names, "|"),
                                      choices.empty() ? std::string("@files") : join(choices, " "));
        }
        // A command with subcommands takes no file: offering files there only adds noise. A
        // first positional with fixed choices (import KIND) is completed from them alone.
        out += fmt::format("    \"{}\")\n        words=\"{}\"\n        options=\"{}\"\n"
                           "        files={}\n        choices=\"{}\"\n",
                           command.path, join(subs, " "), join(options, " "), subs.empty() ? 1 : 0,
                           join(positionalChoices, " "));
        if (!valueCases.empty())
            out += "        case \"$prev\" in\n" + valueCases + "        esac\n";
        out += "        ;;\n";
    }
    out += "    esac\n"
           "    if [[ $values == @files ]]; then\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    elif [[ -n $values ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$values\" -- \"$cur\"))\n"
           "    elif [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "    elif [[ -n $choices ]] && ((arguments == 0)); then\n"
           "        COMPREPLY=($(compgen -W \"$choices\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
           "        ((files)) && COMPREPLY+=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o filenames -F _cartera_cli cartera-cli\n";
    return out;
}

} // namespace cartera
