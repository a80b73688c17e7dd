//! Why FTL code hands a frame back to the interpreter.

/// An OSR exit reason: every speculation the FTL makes has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// An arithmetic or comparison operand was not of the kind the profile saw.
    BadOperandType,
    /// An int result left the inline range (would become a big int).
    IntOverflow,
    /// A subscript was not a list indexed by an in-bounds int.
    NotListOrOutOfBounds,
}

impl ExitKind {
    /// The human text of the reason.
    pub fn describe(self) -> &'static str {
        match self {
            ExitKind::BadOperandType => "operand type differs from the profile",
            ExitKind::IntOverflow => "int overflow",
            ExitKind::NotListOrOutOfBounds => "not a list with an in-bounds int index",
        }
    }
}
