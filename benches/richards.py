# stresses: classes with inheritance, method dispatch, attribute loads/stores, linked lists of objects
N = 270

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.suspended = queue is None
        self.link = None
        sched.add(self)

    def is_runnable(self):
        if self.held:
            return False
        if self.waiting:
            return self.queue is not None
        return not self.suspended

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.waiting = False
        self.suspended = False
        return pkt

    def enqueue(self, pkt):
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            self.waiting = False
            self.suspended = False
        else:
            self.queue = pkt.append_to(self.queue)

    def run(self, pkt):
        return self.sched.wait()


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.v1 = 1
        self.count = count
        self.suspended = False

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.v1 & 1 == 0:
            self.v1 = self.v1 >> 1
            return self.sched.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        if self.dest == HANDLER_A:
            self.dest = HANDLER_B
        else:
            self.dest = HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < 4:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = pkt
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * NUM_TASKS
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep task_list sorted by descending priority
        if self.task_list is None or task.priority > self.task_list.priority:
            task.link = self.task_list
            self.task_list = task
            return
        t = self.task_list
        while t.link is not None and t.link.priority >= task.priority:
            t = t.link
        task.link = t.link
        t.link = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.tasks[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        t.enqueue(pkt)
        if t.priority > self.current.priority:
            return t
        return self.current

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_runnable():
                self.current = t
                pkt = None
                if t.waiting or (t.queue is not None and not t.held):
                    if t.queue is not None:
                        pkt = t.take_packet()
                t = t.run(pkt)
            else:
                t = t.link


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, IDLE, KIND_WORK)
    wq = Packet(wq, IDLE, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    s.schedule()
    return s.queue_count, s.hold_count


def main():
    qsum = 0
    hsum = 0
    for i in range(N):
        q, h = run_once(1000 + i * 10)
        qsum += q
        hsum += h
    return qsum, hsum


if __name__ == "__main__":
    q, h = main()
    print(q)
    print(h)
