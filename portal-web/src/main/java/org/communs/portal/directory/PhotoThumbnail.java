package org.communs.portal.directory;

import org.communs.portal.image.UploadedImage;

/** A member's photo as the directory shows it: a square JPEG of {@value #SIDE} pixels. */
final class PhotoThumbnail {

    static final int MAX_UPLOAD_BYTES = UploadedImage.MAX_UPLOAD_BYTES;
    static final int SIDE = 256;

    private PhotoThumbnail() {
    }

    static byte[] of(byte[] upload) {
        return UploadedImage.square(upload, SIDE);
    }
}
