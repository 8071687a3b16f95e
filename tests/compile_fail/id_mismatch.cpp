// Must not compile: an enterprise id is not a cluster id, though both are text.
// With SENTRA_CONTROL defined it must compile.
// expect: could not convert|no viable conversion|no viable overloaded '='|cannot convert|no match for
#include <sentra/cluster/cluster.hpp>
#include <sentra/enterprise.hpp>

int main()
{
    auto const e = sentra::enterprise_id::parse("ent-001").value();
    sentra::cluster c;
#ifdef SENTRA_CONTROL
    c.members.push_back(e);
    return c.members.size() == 1 ? 0 : 1;
#else
    c.id = e;
    return c.id.empty() ? 1 : 0;
#endif
}
