// The yardstick of build_cost.py: a one-struct Boost.JSON + Boost.Describe program.
#include <boost/describe.hpp>
#include <boost/json.hpp>

#include <iostream>
#include <string>

struct member {
    std::string name;
    std::string village;
    int workers = 0;
};
BOOST_DESCRIBE_STRUCT(member, (), (name, village, workers))

int main()
{
    member const m{"Warung Coto Daeng", "73.71.03.1005", 4};
    std::string const text = boost::json::serialize(boost::json::value_from(m));
    auto const back = boost::json::value_to<member>(boost::json::parse(text));
    std::cout << text << ' ' << (back.name == m.name) << '\n';
}
