//! Binary data as text for localStorage, which stores strings of UTF-16 code units: 15 bits in
//! each code unit (values below 0x8000, so never a surrogate, lone or paired), 94 % of what a
//! code unit holds, where base64 would use 6 bits of 16 (38 %). The first code unit says how
//! many bits of the last one are padding.

/// Packs bytes into code units of 15 bits each.
pub fn pack(bytes: &[u8]) -> Vec<u16> {
    let bits = bytes.len() * 8;
    let units = bits.div_ceil(15);
    let pad = units * 15 - bits;
    let mut out = Vec::with_capacity(units + 1);
    out.push(pad as u16);
    let mut acc: u32 = 0;
    let mut have = 0u32;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        have += 8;
        if have >= 15 {
            have -= 15;
            out.push(((acc >> have) & 0x7fff) as u16);
        }
    }
    if have > 0 {
        out.push(((acc << (15 - have)) & 0x7fff) as u16);
    }
    out
}

/// Why packed text could not be unpacked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnpackError {
    /// A code unit outside the packed range: not data this build packed.
    #[error("the stored text is not packed flowthrough data")]
    NotPacked,
}

/// Unpacks what [`pack`] packed.
pub fn unpack(units: &[u16]) -> Result<Vec<u8>, UnpackError> {
    let (&pad, body) = units.split_first().ok_or(UnpackError::NotPacked)?;
    let bits = (body.len() * 15).checked_sub(usize::from(pad)).filter(|_| pad < 15).ok_or(UnpackError::NotPacked)?;
    if bits % 8 != 0 {
        return Err(UnpackError::NotPacked);
    }
    let mut out = Vec::with_capacity(bits / 8);
    let mut acc: u32 = 0;
    let mut have = 0u32;
    for &u in body {
        if u >= 0x8000 {
            return Err(UnpackError::NotPacked);
        }
        acc = (acc << 15) | u32::from(u);
        have += 15;
        while have >= 8 && out.len() < bits / 8 {
            have -= 8;
            out.push((acc >> have) as u8);
        }
        acc &= (1 << have) - 1;
    }
    Ok(out)
}

/// [`pack`] as a string (every code unit is a character below U+8000).
pub fn pack_str(bytes: &[u8]) -> String {
    pack(bytes).into_iter().map(|u| char::from_u32(u32::from(u)).unwrap_or('\0')).collect()
}

/// [`unpack`] from a string.
pub fn unpack_str(text: &str) -> Result<Vec<u8>, UnpackError> {
    let units: Vec<u16> = text.chars().map(|c| u16::try_from(u32::from(c)).unwrap_or(u16::MAX)).collect();
    unpack(&units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_every_length_and_unpacks_it_back() {
        for n in 0usize..64 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            let packed = pack(&bytes);
            assert!(packed.iter().all(|u| *u < 0x8000));
            assert_eq!(packed.len(), 1 + (n * 8).div_ceil(15));
            assert_eq!(unpack(&packed).unwrap(), bytes, "{n} bytes");
            assert_eq!(unpack_str(&pack_str(&bytes)).unwrap(), bytes);
        }
        assert_eq!(unpack(&[]), Err(UnpackError::NotPacked));
        assert_eq!(unpack(&[0, 0x8000]), Err(UnpackError::NotPacked));
        assert_eq!(unpack(&[15, 1]), Err(UnpackError::NotPacked));
    }
}
