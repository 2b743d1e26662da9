#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

// Items handed from one thread to another, at most `capacity` of them waiting: the sender runs
// ahead of the receiver by that much and no further, so that memory stays bounded.
template <typename Item> class HandOff
{
public:
    explicit HandOff(size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Waits for room. False when the receiver has stopped taking items.
    bool send(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_items.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    // The sender has sent everything.
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // Waits for the next item; nothing once the sender has closed and every item is taken, or
    // once stop() was called.
    std::optional<Item> receive()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_closed || !m_items.empty(); });
        if (m_stopped || m_items.empty())
            return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }
    // Either side gives up: the items waiting are dropped, and both sides' waits end.
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_changed.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    bool m_closed = false;
    bool m_stopped = false;
};
