package review

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // register the decoders CheckPhoto accepts
	_ "image/png"
	"net/http"
)

// MinPhotoWidth is the narrowest photo a reviewer can still read.
const MinPhotoWidth = 600

// PhotoInfo is what CheckPhoto learned of an accepted photo.
type PhotoInfo struct {
	Format string // "jpeg" or "png"
	Width  int
	Height int
}

// CheckPhoto accepts a JPEG or PNG recognized by its content, not its name,
// no larger than max bytes. label names the photo in the message.
func CheckPhoto(data []byte, max int64, label [2]string) (PhotoInfo, error) {
	if len(data) == 0 {
		return PhotoInfo{}, Errorf(CodeInvalid,
			fmt.Sprintf("请上传%s照片", label[0]),
			fmt.Sprintf("Please upload the %s photo", label[1]))
	}
	if int64(len(data)) > max {
		return PhotoInfo{}, Errorf(CodeTooLarge,
			fmt.Sprintf("%s照片超过 %d MiB 上限", label[0], max>>20),
			fmt.Sprintf("The %s photo is larger than the %d MiB limit", label[1], max>>20))
	}

	kind := http.DetectContentType(data)
	if kind != "image/jpeg" && kind != "image/png" {
		return PhotoInfo{}, Errorf(CodeInvalid,
			fmt.Sprintf("%s文件不是 JPEG 或 PNG 图片", label[0]),
			fmt.Sprintf("The %s file is not a JPEG or PNG image", label[1]))
	}

	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return PhotoInfo{}, Errorf(CodeInvalid,
			fmt.Sprintf("%s图片已损坏，无法读取", label[0]),
			fmt.Sprintf("The %s image is damaged and cannot be read", label[1]))
	}
	return PhotoInfo{Format: format, Width: cfg.Width, Height: cfg.Height}, nil
}

// Slot labels for messages: Chinese, English.
var (
	FrontLabel = [2]string{"人像面", "front (portrait side)"}
	BackLabel  = [2]string{"国徽面", "back (emblem side)"}
)

// photoFacts measures a photo for the checks on the review page.
func photoFacts(data []byte, fingerprint bool) PhotoFacts {
	var f PhotoFacts
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil {
		f.Width = cfg.Width
	}
	if fingerprint {
		f.Print, _ = FingerprintOf(data)
	}
	return f
}
