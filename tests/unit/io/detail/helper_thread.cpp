// The NDJSON reader's second thread: jobs run beside the caller's, failures come back.
#include <sentra/io/detail/helper_thread.hpp>

#include "catch.hpp"

#include <atomic>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using sentra::io::detail::helper_thread;

TEST_CASE("a helper thread runs each job beside the caller's, on another thread", "[ndjson][threads]")
{
    helper_thread helper;
    std::vector<int> halves(2000, 0);
    std::thread::id theirs, mine;
    for (int round = 1; round <= 500; ++round) {
        helper.run_beside(
            [&] {
                theirs = std::this_thread::get_id();
                for (std::size_t i = 1000; i < 2000; ++i) halves[i] += 1;
            },
            [&] {
                mine = std::this_thread::get_id();
                for (std::size_t i = 0; i < 1000; ++i) halves[i] += 1;
            });
        // Both halves done when it returns, every round.
        REQUIRE(std::accumulate(halves.begin(), halves.end(), 0) == 2000 * round);
    }
    CHECK(mine == std::this_thread::get_id());
    CHECK(theirs != mine);
}

TEST_CASE("a helper thread's failure, or the caller's, is rethrown on the caller's thread",
          "[ndjson][threads]")
{
    helper_thread helper;
    std::atomic<int> ran{0};
    CHECK_THROWS_WITH(helper.run_beside([] { throw std::runtime_error("theirs"); }, [&] { ++ran; }),
                      "theirs");
    CHECK(ran == 1); // the caller's half ran all the same
    CHECK_THROWS_WITH(helper.run_beside([&] { ++ran; }, [] { throw std::runtime_error("mine"); }),
                      "mine");
    CHECK(ran == 2); // and the helper's finished before the caller's failure came back
    // Both failed: the caller's own first.
    CHECK_THROWS_WITH(helper.run_beside([] { throw std::runtime_error("theirs"); },
                                        [] { throw std::runtime_error("mine"); }),
                      "mine");
    // It still works after failures.
    helper.run_beside([&] { ++ran; }, [&] { ++ran; });
    CHECK(ran == 4);
}

TEST_CASE("a helper thread that was never given a job ends when destroyed", "[ndjson][threads]")
{
    for (int i = 0; i < 50; ++i) helper_thread idle;
    SUCCEED("each one joined");
}
