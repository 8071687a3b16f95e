// sentra/personal_data.hpp — marking types that hold personal data (UU 27/2022).
//
// A member whose type is marked is left out when sentra writes JSON, unless the caller
// asks for personal data (io::json::write_options::personal_data). Specialize for a type of
// your own: `template <> struct sentra::is_personal_data<my_contact> : std::true_type {};`
#pragma once

#include <type_traits>

namespace sentra {

template <class T>
struct is_personal_data : std::false_type {
};

template <class T>
inline constexpr bool is_personal_data_v = is_personal_data<T>::value;

} // namespace sentra
