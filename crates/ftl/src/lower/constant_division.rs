//! Division by a constant as a multiplication, after the pass pipeline.
//!
//! FastISel (see [`super::host_machine`]) selects every `sdiv` and `srem` as
//! an `idiv`, which costs tens of cycles; SelectionDAG would have multiplied
//! by a magic number instead. `x % 3` and `x // 3` in a Python loop become
//! `srem`/`sdiv` by a constant only once the pipeline has folded the divisor,
//! so they are rewritten here, between the pipeline and code generation.
//! The 128-bit multiply the rewrite needs is beyond FastISel, which hands
//! that part of the block to SelectionDAG, where it becomes one `imul`.

use super::{LResult, err};
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::values::{InstructionOpcode, InstructionValue, IntValue};
use std::collections::HashMap;

/// The multiplier and shift that turn a signed 64-bit division by `d`
/// (|d| >= 2) into a high multiply (Hacker's Delight 10-1, as LLVM's
/// `SignedDivisionByConstantInfo` computes it).
fn magic(d: i64) -> (i64, u32) {
    let min = 1u64 << 63;
    let ad = d.unsigned_abs();
    let t = min + ((d as u64) >> 63);
    let anc = t - 1 - t % ad;
    let (mut q1, mut r1) = (min / anc, min % anc);
    let (mut q2, mut r2) = (min / ad, min % ad);
    let mut p = 63u32;
    loop {
        p += 1;
        q1 = q1.wrapping_shl(1);
        r1 = r1.wrapping_shl(1);
        if r1 >= anc {
            q1 = q1.wrapping_add(1);
            r1 -= anc;
        }
        q2 = q2.wrapping_shl(1);
        r2 = r2.wrapping_shl(1);
        if r2 >= ad {
            q2 = q2.wrapping_add(1);
            r2 -= ad;
        }
        let delta = ad - r2;
        if !(q1 < delta || (q1 == delta && r1 == 0)) {
            break;
        }
    }
    let m = q2.wrapping_add(1) as i64;
    (if d < 0 { m.wrapping_neg() } else { m }, p - 64)
}

/// The truncating quotient `x / d`, as the SelectionDAG would build it.
fn quotient<'ctx>(ctx: &'ctx Context, b: &Builder<'ctx>, x: IntValue<'ctx>, d: i64) -> LResult<IntValue<'ctx>> {
    let i64t = ctx.i64_type();
    let i128t = ctx.i128_type();
    let (m, shift) = magic(d);
    let wide = b.build_int_s_extend(x, i128t, "dw").map_err(err)?;
    let product = b.build_int_mul(wide, i128t.const_int(m as u64, true), "dm").map_err(err)?;
    let high = b.build_right_shift(product, i128t.const_int(64, false), true, "dh").map_err(err)?;
    let mut q = b.build_int_truncate(high, i64t, "dq").map_err(err)?;
    if d > 0 && m < 0 {
        q = b.build_int_add(q, x, "dq").map_err(err)?;
    } else if d < 0 && m > 0 {
        q = b.build_int_sub(q, x, "dq").map_err(err)?;
    }
    if shift > 0 {
        q = b.build_right_shift(q, i64t.const_int(shift.into(), false), true, "dq").map_err(err)?;
    }
    let sign = b.build_right_shift(q, i64t.const_int(63, false), false, "ds").map_err(err)?;
    b.build_int_add(q, sign, "dq").map_err(err)
}

/// The 64-bit `sdiv`/`srem` with a constant divisor other than 0 and ±1,
/// as (dividend, divisor).
fn constant_division(inst: InstructionValue<'_>) -> Option<(IntValue<'_>, i64)> {
    if !matches!(inst.get_opcode(), InstructionOpcode::SDiv | InstructionOpcode::SRem) {
        return None;
    }
    let x = inst.get_operand(0)?.value()?.into_int_value();
    let d = inst.get_operand(1)?.value()?.into_int_value();
    if x.get_type().get_bit_width() != 64 || !d.is_const() {
        return None;
    }
    d.get_sign_extended_constant().filter(|d| !(-1..=1).contains(d)).map(|d| (x, d))
}

/// Rewrites every signed 64-bit division and remainder by a constant in
/// `module` as multiplications; a quotient is computed once per block for
/// each dividend and divisor.
pub(super) fn expand(ctx: &Context, module: &Module<'_>) -> LResult<()> {
    let b = ctx.create_builder();
    for f in module.get_functions() {
        for bb in f.get_basic_blocks() {
            let mut quotients = HashMap::new();
            let mut next = bb.get_first_instruction();
            while let Some(inst) = next {
                next = inst.get_next_instruction();
                let Some((x, d)) = constant_division(inst) else { continue };
                b.position_before(&inst);
                let q = match quotients.get(&(x, d)) {
                    Some(&q) => q,
                    None => *quotients.entry((x, d)).or_insert(quotient(ctx, &b, x, d)?),
                };
                let result = if inst.get_opcode() == InstructionOpcode::SDiv {
                    q
                } else {
                    let back = b.build_int_mul(q, ctx.i64_type().const_int(d as u64, true), "dr").map_err(err)?;
                    b.build_int_sub(x, back, "dr").map_err(err)?
                };
                IntValue::try_from(inst).map_err(|()| "sdiv without an int result".to_string())?.replace_all_uses_with(result);
                inst.erase_from_basic_block();
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::magic;

    /// The truncating quotient the expansion computes, in Rust.
    fn divide(x: i64, d: i64) -> i64 {
        let (m, shift) = magic(d);
        let mut q = ((i128::from(x) * i128::from(m)) >> 64) as i64;
        if d > 0 && m < 0 {
            q = q.wrapping_add(x);
        } else if d < 0 && m > 0 {
            q = q.wrapping_sub(x);
        }
        q >>= shift;
        q + ((q as u64) >> 63) as i64
    }

    #[test]
    fn magic_numbers_match_llvm() {
        assert_eq!(magic(3), (0x5555555555555556, 0));
        assert_eq!(magic(7), (0x4924924924924925, 1));
        assert_eq!(magic(1_000_000_007), (0x89705F3112A28FE5_u64 as i64, 29));
    }

    #[test]
    fn quotients_truncate_like_sdiv() {
        let divisors = [2, 3, 5, 7, 10, 16, 100, 641, 1_000_000_007, i64::MAX, -2, -3, -7, -1000, i64::MIN];
        let dividends = [0, 1, -1, 2, -2, 5, -5, 99, -99, 1 << 40, -(1 << 40), i64::MAX, i64::MIN, i64::MIN + 1, 123_456_789_012];
        for d in divisors {
            for x in dividends {
                assert_eq!(divide(x, d), x.wrapping_div(d), "{x} / {d}");
            }
        }
    }
}
