// Package views renders the pages. Pages are exported, partials are not;
// handlers fill the small view-model types below, so the markup holds no
// logic beyond loops and conditions.
package views

// Page is what every page's layout needs.
type Page struct {
	Title    string
	User     string // empty when nobody is signed in
	Role     string
	CSRF     string
	Nav      string // the active section: queue, new, admin
	NoEngine string // set when the OCR engine is missing: shown as a banner
}

// Option is one choice of a select.
type Option struct {
	Value, ZH, EN string
}

// UploadForm is the upload page.
type UploadForm struct {
	Page
	MaxMiB int64
	Error  Message
}

// Message is a text for the user in both languages.
type Message struct {
	ZH, EN string
}

// IsZero reports whether there is nothing to show.
func (m Message) IsZero() bool { return m.ZH == "" && m.EN == "" }

// Login is the sign-in page.
type Login struct {
	Page
	Username string
	Error    Message
	Setup    string // the command that creates the first admin, when none exists
}

// ErrorPage is shown for 4xx and 5xx answers.
type ErrorPage struct {
	Page
	Status  int
	Message Message
	Back    string
}

// Queue is the list of records.
type Queue struct {
	Page
	Filter   string
	Statuses []Option
	Rows     []QueueRow
	Next     string // URL of the next page, empty on the last
	Flash    Message
}

// QueueRow is one record in the queue.
type QueueRow struct {
	ID          int64
	Status      string
	StatusLabel Option
	Name        string
	Number      string // masked
	UploadedBy  string
	Created     string
	DecidedBy   string
	Decided     string
	Claim       Claim
}

// Record is the review page.
type Record struct {
	Page
	ID          int64
	Status      string
	StatusLabel Option
	Version     int
	Engine      string
	Uploaded    string
	UploadedBy  string

	FrontURL, BackURL, PortraitURL string
	PortraitFromFront              bool

	Fields    []Field
	Untrusted int // fields the OCR does not trust
	Errors    int
	Warnings  int
	Notices   []Notice // record-wide findings: side mismatch, duplicates

	Pending   bool // OCR still running: the page polls
	OCRFailed Message
	CanRetry  bool
	CanSwap   bool
	Manual    bool // no OCR engine: the reviewer types the fields
	Editable  bool
	Decision  *Decision
	Reasons   []Option
	Flash     Message
	Claim     Claim
}

// Notice is a record-wide finding.
type Notice struct {
	Level string // error, warning, info
	Message
	Links []Link
}

// Link is a labelled URL.
type Link struct {
	Href, Text string
}

// Field is one row of the fields table.
type Field struct {
	RecordID  int64
	Name      string
	Label     Option
	OCRValue  string
	Value     string
	Corrected bool
	Trusted   bool
	Level     string // error, warning, ok
	Reasons   []Finding
	Editable  bool
	CSRF      string
	Side      string // front or back: the photo the field is read from
}

// Finding is one reason a field is flagged.
type Finding struct {
	Level string
	Message
}

// Decision is the verdict shown on a decided record.
type Decision struct {
	Decision     string
	Label        Option
	Reason       Option
	Note         string
	Override     bool
	OverrideNote string
	By           string
	At           string
}
