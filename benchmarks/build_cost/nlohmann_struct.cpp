// The yardstick of build_cost.py: a one-struct nlohmann/json program (what issue 35 timed).
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

struct member {
    std::string name;
    std::string village;
    int workers = 0;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(member, name, village, workers)

int main()
{
    member const m{"Warung Coto Daeng", "73.71.03.1005", 4};
    std::string const text = nlohmann::json(m).dump();
    auto const back = nlohmann::json::parse(text).get<member>();
    std::cout << text << ' ' << (back.name == m.name) << '\n';
}
