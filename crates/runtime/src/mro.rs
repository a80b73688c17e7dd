//! C3 linearization of a new class's bases (Python's method resolution order).

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The MRO of a class with these bases, without the class itself.
pub fn c3_mro(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| b.as_class().unwrap().mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.as_class().unwrap().name.str_text()).collect();
            return Err(vm.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}
