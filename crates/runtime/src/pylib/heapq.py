"""tierpy's heapq: binary min-heaps kept in lists (heap[k] <= heap[2k+1], heap[2k+2])."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'merge', 'nlargest', 'nsmallest']


def _sift_down(heap, start, pos):
    """Moves heap[pos] up towards `start` until its parent is not larger."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    """Moves the smaller child up from `pos` to a leaf, then places heap[pos] there."""
    end, start, item = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def heappush(heap, item):
    """Pushes item onto the heap."""
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item off the heap."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item, heap[0] = heap[0], last
        _sift_up(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item."""
    smallest, heap[0] = heap[0], item
    _sift_up(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest item."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Turns list x into a heap, in place."""
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator (reading them all first;
    a stable sort keeps equal items in the order of their iterables)."""
    return iter(sorted([v for it in iterables for v in it], key=key, reverse=reverse))


def nsmallest(n, iterable, key=None):
    """The n smallest items (stable, as sorted())."""
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """The n largest items (stable, as sorted(reverse=True))."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]
