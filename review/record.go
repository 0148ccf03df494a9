// Package review holds the domain of a manual ID-card review: records,
// their fields, decisions and the state machine between them. It declares
// the storage it needs (Store, PhotoStore) and knows no HTTP.
package review

import (
	"time"

	"kycreview/idcard"
	"kycreview/ocr"
)

// Status is where a record stands in review.
type Status string

const (
	StatusOCRPending Status = "ocr_pending" // 待识别
	StatusOCRFailed  Status = "ocr_failed"  // 识别失败
	StatusPending    Status = "pending"     // 待审核
	// StatusAwaitingSecond is an overridden approval waiting, under the
	// four-eyes rule, for a second person's approval.
	StatusAwaitingSecond Status = "awaiting_second" // 待复核
	StatusApproved       Status = "approved"        // 已通过
	StatusRejected       Status = "rejected"        // 已拒绝
)

// Statuses lists every status in the order a record moves through them.
var Statuses = []Status{StatusOCRPending, StatusOCRFailed, StatusPending, StatusAwaitingSecond,
	StatusApproved, StatusRejected}

// statusNames are the statuses as the UI says them: Chinese, English.
var statusNames = map[Status][2]string{
	StatusOCRPending:     {"待识别", "OCR pending"},
	StatusOCRFailed:      {"识别失败", "OCR failed"},
	StatusPending:        {"待审核", "Pending review"},
	StatusAwaitingSecond: {"待复核", "Awaiting second approval"},
	StatusApproved:       {"已通过", "Approved"},
	StatusRejected:       {"已拒绝", "Rejected"},
}

// Names returns the status in Chinese and English.
func (s Status) Names() (zh, en string) {
	n, ok := statusNames[s]
	if !ok {
		return string(s), string(s)
	}
	return n[0], n[1]
}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Decided reports whether the record is read-only. A record awaiting its
// second approval is: only that approval or a reopen moves it on.
func (s Status) Decided() bool {
	return s == StatusApproved || s == StatusRejected || s == StatusAwaitingSecond
}

// FieldNames lists the card's fields in the order the review page shows
// them, named as the vendor's guide names them.
var FieldNames = append(append([]string{}, ocr.FrontFields...), ocr.BackFields...)

// IsFieldName reports whether name is one of FieldNames.
func IsFieldName(name string) bool {
	for _, f := range FieldNames {
		if f == name {
			return true
		}
	}
	return false
}

// Record is one customer's ID card under review.
type Record struct {
	ID          int64
	Status      Status
	Version     int
	FrontSHA    string
	BackSHA     string
	PortraitSHA string
	Engine      string
	// OCROutcome is the last failure's outcome when Status is ocr_failed.
	OCROutcome ocr.Outcome
	UploadedBy User
	CreatedAt  time.Time
	UpdatedAt  time.Time

	Front PhotoFacts
	Back  PhotoFacts

	Fields   []Field
	Attempts []Attempt
	Decision *Decision
	// Duplicates are other records sharing this one's number or photos.
	Duplicates []Duplicate
}

// Duplicate is another record that shares something with this one.
type Duplicate struct {
	RecordID int64
	Status   Status
	Kind     string // DupNumber, DupSamePhoto or DupSimilarPhoto
}

// Kinds of Duplicate.
const (
	DupNumber       = "number"
	DupSamePhoto    = "same_photo"
	DupSimilarPhoto = "similar_photo"
)

// Field is one field of the card as read and as corrected.
type Field struct {
	Name     string
	OCRValue string
	// Trusted is the engine's validity flag; nil when no engine judged it.
	Trusted   *bool
	OCRReason string
	// Value is the reviewer's correction; nil when none was made.
	Value       *string
	CorrectedBy string
	CorrectedAt time.Time
}

// Current is the value in force: the correction if any, else the OCR's.
func (f Field) Current() string {
	if f.Value != nil {
		return *f.Value
	}
	return f.OCRValue
}

// Field returns the named field, or an empty one when the record lacks it.
func (r *Record) Field(name string) Field {
	for _, f := range r.Fields {
		if f.Name == name {
			return f
		}
	}
	return Field{Name: name}
}

// Attempt is one OCR call on one photo.
type Attempt struct {
	ID       int64
	RecordID int64
	Slot     ocr.Side // the slot the photo was uploaded in
	Engine   string
	Side     ocr.Side // the side the engine saw; "" when it failed
	Outcome  string   // "ok" or an ocr.Outcome
	Code     int
	Detail   string
	Raw      []byte
	Started  time.Time
	Finished time.Time
}

// SideMismatch lists the slots whose latest successful reading saw the
// other side of the card, so the reviewer can swap the photos.
func (r *Record) SideMismatch() []ocr.Side {
	latest := map[ocr.Side]Attempt{}
	for _, a := range r.Attempts {
		if a.Outcome == "ok" {
			latest[a.Slot] = a
		}
	}

	var out []ocr.Side
	for _, slot := range []ocr.Side{ocr.Front, ocr.Back} {
		a, ok := latest[slot]
		if ok && a.Side != "" && a.Side != slot {
			out = append(out, slot)
		}
	}
	return out
}

// Decision is a reviewer's verdict on a record.
type Decision struct {
	ID       int64
	Decision string // approve or reject
	Reason   string // a RejectReasons key, required to reject
	Note     string
	// Override is set when the reviewer approved despite errors.
	Override     bool
	OverrideNote string
	By           User
	At           time.Time
	// Errors and Untrusted are what the record had at decision time.
	Errors    int
	Untrusted int
	// NeedsSecond sends an overridden approval to awaiting_second.
	NeedsSecond bool
}

// Decision values.
const (
	Approve = "approve"
	Reject  = "reject"
)

// RejectReasons are the reasons a reviewer picks from, with their labels.
var RejectReasons = []struct{ Key, ZH, EN string }{
	{"unreadable_photo", "照片无法辨认", "Unreadable photo"},
	{"document_expired", "证件已过期", "Document expired"},
	{"data_mismatch", "信息不一致", "Data mismatch"},
	{"suspected_forgery", "疑似伪造", "Suspected forgery"},
	{"wrong_document", "非居民身份证", "Wrong document"},
	{"other", "其他", "Other"},
}

// IsRejectReason reports whether key is one of RejectReasons.
func IsRejectReason(key string) bool {
	for _, r := range RejectReasons {
		if r.Key == key {
			return true
		}
	}
	return false
}

func mismatchFlag(slot ocr.Side) Flag {
	if slot == ocr.Front {
		return Flag{Level: idcard.Error, Code: "front_is_back",
			ZH: "人像面位置上传的照片被识别为国徽面，请交换两张照片",
			EN: "The photo uploaded as the front shows the back; swap the photos"}
	}
	return Flag{Level: idcard.Error, Code: "back_is_front",
		ZH: "国徽面位置上传的照片被识别为人像面，请交换两张照片",
		EN: "The photo uploaded as the back shows the front; swap the photos"}
}
