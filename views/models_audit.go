package views

// Chain is the audit trail's hash chain as the audit page shows it.
type Chain struct {
	Count    int
	Intact   bool
	BrokenID int64
	Problem  string
}

// AuditEvent is one line of the audit trail.
type AuditEvent struct {
	ID       int64
	At       string
	Actor    string
	Action   Option
	RecordID int64
	Lines    []string // the detail, one "key: value" or "old → new" per line
}

// Audit is the supervisor's audit page: the chain and the latest events.
type Audit struct {
	Page
	Chain  Chain
	Events []AuditEvent
	Next   string
}

// FilterForm is the decisions filter, shared by the list and the export.
type FilterForm struct {
	Reviewers []Option
	Decisions []Option
	Reasons   []Option
	Reviewer  string
	Decision  string
	Reason    string
	From, To  string // YYYY-MM-DD
	Flags     string // yes, no or ""
	Override  string // yes, no or ""
	Query     string // the filter as a query string, for links
}

// DecisionItem is one row of the decisions list.
type DecisionItem struct {
	ID           int64
	RecordID     int64
	Status       Option
	Name         string
	Number       string // masked
	Decision     Option
	Reason       Option
	Override     bool
	OverrideNote string
	Errors       int
	Untrusted    int
	By           string
	At           string
	InForce      bool
}

// Decisions is the supervisor's list of decisions.
type Decisions struct {
	Page
	Filter FilterForm
	Rows   []DecisionItem
	Next   string
}

// Timeline is one record's whole history, oldest first.
type Timeline struct {
	Page
	RecordID  int64
	Status    Option
	Events    []AuditEvent
	CanReopen bool
	Flash     Message
}

// StatRow is one reviewer's line of the statistics table.
type StatRow struct {
	Reviewer     string
	Decided      int
	ApprovalRate string
	MedianWait   string
	Overrides    int
}

// Stats is the reviewer statistics page.
type Stats struct {
	Page
	From, To  string
	Daily     Chart
	Approval  Chart
	Wait      Chart
	Reviewers []StatRow
}

// SecondApproval is the four-eyes confirmation page.
type SecondApproval struct {
	Page
	RecordID     int64
	FirstBy      string
	OverrideNote string
}

// UserRow is one account in the admin's list.
type UserRow struct {
	ID      int64
	Name    string
	Role    string
	Active  bool
	Created string
}

// Admin is the admin's home: users and the export.
type Admin struct {
	Page
	Users []UserRow
	Roles []Option
	Flash Message
	Error Message
}

// UserPage is one account's settings.
type UserPage struct {
	Page
	User  UserRow
	Roles []Option
	Self  bool
	Flash Message
	Error Message
}

// Export is the export page: the filter, the row count, the downloads.
type Export struct {
	Page
	Filter FilterForm
	Count  int
	Full   bool   // ID numbers in full (admins)
	Token  string // names this page's download for its progress bar
}

// Progress is how far an export has got.
type Progress struct {
	Started, Finished bool
	Done, Total       int
}

// Percent is Done of Total, 0 to 100.
func (p Progress) Percent() int {
	if p.Total <= 0 {
		return 0
	}
	return min(100, p.Done*100/p.Total)
}

// exportURL is the download link of one format, carrying the filter, the
// expected row count and the token of the progress bar.
func exportURL(p Export, format string) string {
	return "/admin/export?format=" + format + "&total=" + itoa(p.Count) + "&progress=" + p.Token + "&" + p.Filter.Query
}
