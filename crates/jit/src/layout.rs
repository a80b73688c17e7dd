//! Where list storage sits inside a heap object, measured once at start-up
//! (the Rust enum and `Vec` layouts are fixed for a build but not declared).

use std::cell::Cell;
use tierpy_runtime::Value;
use tierpy_runtime::object::{Body, KIND_LIST, Obj};

/// Byte offsets from an object's address (plain data: can cross threads).
#[derive(Clone, Copy, Debug)]
pub struct ListLayout {
    /// The `Obj::kind` byte.
    pub kind: i32,
    /// The list's element pointer.
    pub data: i32,
    /// The list's length.
    pub len: i32,
}

impl ListLayout {
    /// Measures the layout on a sample list object.
    pub fn measure() -> ListLayout {
        let mut v: Vec<Value> = Vec::with_capacity(37);
        v.extend([Value::NONE, Value::NONE, Value::NONE]);
        let data_ptr = v.as_ptr() as usize;
        let obj = Obj { kind: KIND_LIST, marked: Cell::new(false), permanent: true, body: Body::List(v) };
        let base = &obj as *const Obj as usize;
        let Body::List(vec) = &obj.body else { unreachable!() };
        let vec_addr = vec as *const Vec<Value> as usize;
        let words: [usize; 3] = [0, 1, 2].map(|i| {
            // SAFETY: a Vec is three words; reading them as usize is in bounds.
            unsafe { *(vec_addr as *const usize).add(i) }
        });
        let find = |want: usize| words.iter().position(|&w| w == want).expect("vec layout") as i32 * 8;
        let off = (vec_addr - base) as i32;
        ListLayout { kind: std::mem::offset_of!(Obj, kind) as i32, data: off + find(data_ptr), len: off + find(3) }
    }
}

/// Where a range iterator keeps its position, measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct RangeIterLayout {
    pub cur: i32,
    pub stop: i32,
    pub step: i32,
}

impl RangeIterLayout {
    /// Measures the layout on a sample range iterator.
    pub fn measure() -> RangeIterLayout {
        use tierpy_runtime::object::{IterState, KIND_RANGE_ITER};
        let obj = Obj {
            kind: KIND_RANGE_ITER,
            marked: Cell::new(false),
            permanent: true,
            body: Body::Iter(IterState::Range { cur: 0x1111_1111, stop: 0x2222_2222, step: 0x3333_3333 }),
        };
        let base = &obj as *const Obj as usize;
        let Body::Iter(IterState::Range { cur, stop, step }) = &obj.body else { unreachable!() };
        let off = |r: &i64| (r as *const i64 as usize - base) as i32;
        RangeIterLayout { cur: off(cur), stop: off(stop), step: off(step) }
    }
}
