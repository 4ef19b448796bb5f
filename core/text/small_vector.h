// A vector that keeps its first N elements inside itself (on the stack when it is a local) and
// moves to the heap only beyond: the counters run on every keystroke, and a post's code points,
// links and domain labels nearly always fit, so counting one allocates nothing.
//
// Functions take SmallVectorRef<T>& (any inline capacity); callers declare SmallVector<T, N>.
// Only for trivially copyable T (code points, spans): growth copies bytes, nothing is destroyed.
#pragma once
#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

namespace parvis::text {

template <class T>
class SmallVectorRef {
    static_assert(std::is_trivially_copyable_v<T>, "SmallVector holds plain values (code points, spans): use std::vector");

public:
    SmallVectorRef(const SmallVectorRef&) = delete;
    SmallVectorRef& operator=(const SmallVectorRef&) = delete;

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    T* data() { return data_; }
    const T* data() const { return data_; }
    T* begin() { return data_; }
    T* end() { return data_ + size_; }
    const T* begin() const { return data_; }
    const T* end() const { return data_ + size_; }
    T& operator[](std::size_t i) { return data_[i]; }
    const T& operator[](std::size_t i) const { return data_[i]; }
    T& back() { return data_[size_ - 1]; }

    void clear() { size_ = 0; }
    void push_back(const T& value) {
        if (size_ == capacity_) grow(size_ + 1);
        data_[size_++] = value;
    }
    void append(const T* first, const T* last) {
        const auto count = static_cast<std::size_t>(last - first);
        if (size_ + count > capacity_) grow(size_ + count);
        std::copy(first, last, data_ + size_);
        size_ += count;
    }
    // Room for `count` more elements without growing; the caller writes them through data() and
    // then calls resize().
    void reserve_more(std::size_t count) {
        if (size_ + count > capacity_) grow(size_ + count);
    }
    // Shrinks, or grows into elements written after reserve_more().
    void resize(std::size_t size) {
        if (size > capacity_) grow(size);
        size_ = size;
    }

protected:
    SmallVectorRef(T* inline_data, std::size_t capacity) : data_(inline_data), capacity_(capacity) {}
    ~SmallVectorRef() = default;

private:
    void grow(std::size_t needed) {
        std::vector<T> bigger(std::max(needed, 2 * capacity_));
        std::copy(data_, data_ + size_, bigger.data());
        heap_.swap(bigger);
        data_ = heap_.data();
        capacity_ = heap_.size();
    }

    T* data_;
    std::size_t size_ = 0;
    std::size_t capacity_;
    std::vector<T> heap_;  // empty (no allocation) while the inline storage suffices
};

template <class T, std::size_t N>
class SmallVector : public SmallVectorRef<T> {
public:
    SmallVector() : SmallVectorRef<T>(inline_, N) {}

private:
    T inline_[N];  // left uninitialised: only elements below size() are read
};

}  // namespace parvis::text
