//! What a photo says beside its picture: where it was taken (GPS), when, with which phone,
//! by whom (EXIF, XMP, comments). A community's photo of an attack carries the place a
//! defender stood; it is cut before the photo is sealed into the vault, so it never reaches a
//! package, a sync file or an export.
//!
//! JPEG, PNG and WebP are rewritten without their metadata segments and chunks, the picture
//! itself untouched (no re-encoding, `img-parts`). Other kinds are kept as they are: the
//! README says which, and a file that may show a person leaves only with photo consent
//! (`escalation::redact`). The orientation tag goes with the rest, so a phone photo taken
//! sideways may show sideways.

use img_parts::jpeg::{Jpeg, markers};
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF, ImageICC};

/// `bytes` without the metadata of a JPEG, PNG or WebP; anything else unchanged.
pub fn strip(bytes: &[u8]) -> Vec<u8> {
    let input = Bytes::copy_from_slice(bytes);
    if let Ok(mut jpeg) = Jpeg::from_bytes(input.clone()) {
        // APP0 (JFIF), APP2 (the ICC colour profile) and APP14 (Adobe's colour transform) say
        // how to draw the picture; every other application segment and comments are metadata.
        jpeg.segments_mut().retain(|s| {
            let marker = s.marker();
            let app = (markers::APP0..=markers::APP15).contains(&marker);
            !(marker == markers::COM || (app && ![markers::APP0, markers::APP2, markers::APP14].contains(&marker)))
        });
        return encode(jpeg.encoder());
    }
    if let Ok(mut png) = Png::from_bytes(input.clone()) {
        png.chunks_mut().retain(|c| !matches!(&c.kind(), b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME"));
        return encode(png.encoder());
    }
    if let Ok(mut webp) = WebP::from_bytes(input) {
        webp.set_exif(None);
        let icc = webp.icc_profile();
        webp.chunks_mut().retain(|c| &c.id() != b"XMP ");
        webp.set_icc_profile(icc);
        return encode(webp.encoder());
    }
    bytes.to_vec()
}

fn encode<I>(encoder: img_parts::ImageEncoder<I>) -> Vec<u8>
where
    img_parts::ImageEncoder<I>: Iterator<Item = Bytes>,
{
    encoder.flat_map(|part| part.to_vec()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-pixel JPEG (from an encoder) with an EXIF segment holding a GPS position, an XMP
    /// segment and a comment, each carrying a marker string.
    fn jpeg_with_metadata() -> Vec<u8> {
        let pixel: &[u8] = &[
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
            0xFF, 0xDB, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07, 0x06, 0x05, 0x08, 0x07, 0x07, 0x07, 0x09, 0x09, 0x08, 0x0A, 0x0C,
            0x14, 0x0D, 0x0C, 0x0B, 0x0B, 0x0C, 0x19, 0x12, 0x13, 0x0F, 0x14, 0x1D, 0x1A, 0x1F, 0x1E, 0x1D, 0x1A, 0x1C, 0x1C, 0x20,
            0x24, 0x2E, 0x27, 0x20, 0x22, 0x2C, 0x23, 0x1C, 0x1C, 0x28, 0x37, 0x29, 0x2C, 0x30, 0x31, 0x34, 0x34, 0x34, 0x1F, 0x27,
            0x39, 0x3D, 0x38, 0x32, 0x3C, 0x2E, 0x33, 0x34, 0x32, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01,
            0x11, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x2A, 0x9F,
            0xFF, 0xD9,
        ];
        let mut jpeg = Jpeg::from_bytes(Bytes::copy_from_slice(pixel)).unwrap();
        jpeg.set_exif(Some(Bytes::from_static(b"Exif\0\0MM\0*GPS-14.6349N-90.5069W")));
        let xmp = img_parts::jpeg::JpegSegment::new_with_contents(markers::APP1, Bytes::from_static(b"http://ns.adobe.com/xap/1.0/\0XMP-CREATOR-Rosa"));
        jpeg.segments_mut().insert(1, xmp);
        let comment = img_parts::jpeg::JpegSegment::new_with_contents(markers::COM, Bytes::from_static(b"COMMENT-taken-at-the-road-block"));
        jpeg.segments_mut().insert(1, comment);
        encode(jpeg.encoder())
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_photo_loses_its_position_author_and_comments_and_keeps_its_picture() {
        let photo = jpeg_with_metadata();
        for marker in [&b"GPS-14.6349N"[..], b"XMP-CREATOR", b"COMMENT-taken"] {
            assert!(contains(&photo, marker), "the fixture carries it");
        }
        let stripped = strip(&photo);
        for marker in [&b"GPS-14.6349N"[..], b"XMP-CREATOR", b"COMMENT-taken"] {
            assert!(!contains(&stripped, marker), "{} is cut", String::from_utf8_lossy(marker));
        }
        let kept = Jpeg::from_bytes(Bytes::from(stripped)).unwrap();
        assert!(kept.segments().iter().any(|s| s.marker() == markers::SOS), "the picture is still there");
        assert!(kept.segments().iter().any(|s| s.marker() == markers::APP0), "and how to draw it");
    }

    #[test]
    fn a_png_loses_its_text_and_exif_chunks() {
        let mut png = Png::from_bytes(Bytes::from_static(include_bytes!("../../../icons/32x32.png"))).unwrap();
        png.set_exif(Some(Bytes::from_static(b"MM\0*GPS-14.6349N")));
        let text = img_parts::png::PngChunk::new(*b"tEXt", Bytes::from_static(b"Author\0Rosa Xol"));
        png.chunks_mut().insert(1, text);
        let photo = encode(png.encoder());
        let stripped = strip(&photo);
        assert!(!contains(&stripped, b"GPS-14.6349N") && !contains(&stripped, b"Rosa Xol"));
        assert!(Png::from_bytes(Bytes::from(stripped)).is_ok());
    }

    #[test]
    fn other_files_are_kept_as_they_are() {
        assert_eq!(strip(b"a witness statement"), b"a witness statement");
    }
}
