// sentra/io/detail/helper_thread.hpp — a second thread kept for a whole stream: the NDJSON
// reader hands it half of every batch, where it started (and joined) a thread per batch.
//
// run_beside(job, mine) runs `job` on the helper while `mine` runs on the caller, and returns
// when both are done; an exception of either is rethrown on the caller's thread (the
// caller's own first), never terminate(). One job at a time: the caller waits for it.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace sentra::io::detail {

class helper_thread {
public:
    helper_thread() : thread_([this] { loop(); }) {}
    ~helper_thread()
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            quit_ = true;
        }
        changed_.notify_all();
        thread_.join();
    }
    helper_thread(helper_thread const&) = delete;
    helper_thread& operator=(helper_thread const&) = delete;

    template <class Job, class Mine>
    void run_beside(Job&& job, Mine&& mine)
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            job_ = std::forward<Job>(job);
            failure_ = nullptr;
            pending_ = true;
        }
        changed_.notify_all();
        std::exception_ptr own;
        try {
            std::forward<Mine>(mine)();
        } catch (...) {
            own = std::current_exception();
        }
        std::exception_ptr theirs;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [this] { return !pending_; });
            job_ = nullptr; // what it captured is the caller's: let go of it here
            theirs = std::exchange(failure_, nullptr);
        }
        if (own) std::rethrow_exception(own);
        if (theirs) std::rethrow_exception(theirs);
    }

private:
    void loop()
    {
        std::unique_lock<std::mutex> lock(mutex_);
        while (true) {
            changed_.wait(lock, [this] { return pending_ || quit_; });
            if (pending_) {
                lock.unlock();
                std::exception_ptr failed;
                try {
                    job_();
                } catch (...) {
                    failed = std::current_exception();
                }
                lock.lock();
                failure_ = failed;
                pending_ = false;
                changed_.notify_all();
            } else {
                return; // quit, with no job left
            }
        }
    }

    std::mutex mutex_;
    std::condition_variable changed_;
    std::function<void()> job_;
    std::exception_ptr failure_;
    bool pending_ = false; // a job is handed over and not finished
    bool quit_ = false;
    std::thread thread_; // last: started once the members above exist
};

} // namespace sentra::io::detail
