package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

type css = chromedp.CSS

// TestReviewerDay signs in, uploads a card whose address the OCR does not
// trust, corrects it and approves with the keyboard from the claim flow,
// lands on the next record, and switches to English.
func TestReviewerDay(t *testing.T) {
	ctx := browser(t, 1366, 768)
	a := app(t)
	base := a.Server.URL
	rita, _, err := a.DB.UserByName(context.Background(), "rita")
	if err != nil {
		t.Fatal(err)
	}

	do(t, ctx, "sign in",
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.ID("username"), "rita"),
		chromedp.SendKeys(chromedp.ID("password"), kyctest.Password),
		chromedp.Submit(chromedp.ID("login-form")),
		chromedp.WaitVisible(css(`[data-testid=start]`)))

	do(t, ctx, "upload",
		chromedp.Navigate(base+"/records/new"),
		chromedp.SetUploadFiles(chromedp.ID("front"), []string{writeTemp(t, "front.jpg", cards[0].front)}),
		chromedp.SetUploadFiles(chromedp.ID("back"), []string{writeTemp(t, "back.jpg", cards[0].back)}),
		chromedp.Submit(css(`[data-testid=upload-form]`)),
		// The page polls while OCR runs, then reloads with the fields.
		chromedp.WaitVisible(css(`main[data-status=pending] tr[data-field=address][data-level=error][data-trusted=false]`)))

	// A second card arrives meanwhile: the claim flow goes on to it.
	second, err := a.Service.Submit(context.Background(), cards[1].front, cards[1].back, rita)
	if err != nil {
		t.Fatal(err)
	}
	a.WaitStatus(second, review.StatusPending)

	do(t, ctx, "start reviewing",
		chromedp.Navigate(base+"/records"),
		chromedp.Click(css(`[data-testid=start]`)),
		chromedp.WaitVisible(css(`main[data-record="1"] [data-claim=mine]`)),
		chromedp.Navigate(base+"/records"),
		chromedp.WaitVisible(css(`tr[data-record="1"] [data-claim-holder=rita]`)))
	screenshot(t, ctx, "queue-1366x768")

	do(t, ctx, "start again keeps the claim",
		chromedp.Click(css(`[data-testid=start]`)),
		chromedp.WaitVisible(css(`main[data-record="1"] [data-claim=mine]`)))
	screenshot(t, ctx, "review-1366x768")

	correctAddressByKeyboard(t, ctx)
	approveByKeyboard(t, ctx)
	if rec := a.WaitStatus(1, review.StatusApproved); rec.Decision.Override {
		t.Errorf("approval needed an override after the correction: %+v", rec.Decision)
	}

	checkShortcutsAndViewer(t, ctx)

	do(t, ctx, "switch to English",
		chromedp.Click(css(`[data-testid=lang-en]`)),
		chromedp.WaitVisible(css(`html[lang=en] main[data-record="2"]`)))
	approve := get(t, ctx, "read the approve button", chromedp.Text(css(`[data-testid=approve]`)))
	if !strings.Contains(approve, "Approve") || strings.Contains(approve, "通过") {
		t.Errorf("approve button in English mode reads %q", approve)
	}
	if u, _ := a.DB.UserByID(context.Background(), rita.ID); u.Lang != "en" {
		t.Errorf("language not remembered for the user: %q", u.Lang)
	}
	screenshot(t, ctx, "review-en-1366x768")

	do(t, ctx, "large screen", chromedp.EmulateViewport(1920, 1080))
	screenshot(t, ctx, "review-en-1920x1080")
}

// correctAddressByKeyboard walks to the address with J, edits it with E
// and saves with Enter.
func correctAddressByKeyboard(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, "J to the address",
		chromedp.KeyEvent("j"), chromedp.KeyEvent("j"), chromedp.KeyEvent("j"),
		chromedp.KeyEvent("j"), chromedp.KeyEvent("j"))
	if f := get(t, ctx, "read focus", chromedp.Evaluate[string](`document.activeElement.dataset.field || ""`)); f != "address" {
		t.Fatalf("after 5 x J the focus is on %q, want address", f)
	}

	do(t, ctx, "E", chromedp.KeyEvent("e"), chromedp.WaitVisible(css(`#edit-address input[name=value]`)))
	if f := get(t, ctx, "read focus", chromedp.Evaluate[string](`document.activeElement.name || ""`)); f != "value" {
		t.Fatalf("E did not focus the address input (focus on %q)", f)
	}
	do(t, ctx, "type and save the correction",
		chromedp.KeyEvent(cards[0].truth.Address),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(css(`tr[data-field=address][data-trusted=true] [data-testid=ocr-value]`)))

	nodes := get(t, ctx, "look for an override box",
		chromedp.Nodes(css(`[data-testid=override], [data-testid=untrusted-banner]`), chromedp.AtLeast(0)))
	if len(nodes) != 0 {
		t.Errorf("the corrected record still asks for an override or says it is untrusted")
	}
}

// approveByKeyboard checks that A does nothing while typing, then
// approves with A and waits for the next claimed record.
func approveByKeyboard(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, "type an a in the note",
		chromedp.Click(chromedp.ID("note")),
		chromedp.KeyEvent("a"),
		chromedp.Sleep(300*time.Millisecond))
	if note := get(t, ctx, "read the note", chromedp.Value(chromedp.ID("note"))); note != "a" {
		t.Fatalf("typing in the note: value %q, want \"a\" and no approval", note)
	}
	get(t, ctx, "clear the note", chromedp.Evaluate[bool](
		`(n => { n.value = ""; n.blur(); return true })(document.getElementById("note"))`))
	do(t, ctx, "approve with A",
		chromedp.KeyEvent("a"),
		chromedp.WaitVisible(css(`main[data-record="2"][data-status=pending] [data-claim=mine]`)))
}

// checkShortcutsAndViewer moves to the reason with R, opens the help with
// ?, and zooms and rotates the front photo with Z and ].
func checkShortcutsAndViewer(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, "R", chromedp.KeyEvent("r"))
	if f := get(t, ctx, "read focus", chromedp.Evaluate[string](`document.activeElement.id`)); f != "reason" {
		t.Errorf("R: focus on %q, want reason", f)
	}
	do(t, ctx, "? shows the shortcuts",
		chromedp.Blur(chromedp.ID("reason")),
		chromedp.KeyEvent("?"),
		chromedp.WaitVisible(chromedp.ID("shortcuts")))
	screenshot(t, ctx, "shortcuts-1366x768")
	do(t, ctx, "Escape closes them",
		chromedp.KeyEvent(kb.Escape),
		chromedp.WaitNotVisible(chromedp.ID("shortcuts")))

	do(t, ctx, "1, Z and ] on the front photo",
		chromedp.KeyEvent("1"), chromedp.KeyEvent("z"), chromedp.KeyEvent("]"))
	zoom := get(t, ctx, "zoom", chromedp.AttributeValue(css(`[data-viewer=front]`), "data-zoom"))
	rotate := get(t, ctx, "rotate", chromedp.AttributeValue(css(`[data-viewer=front]`), "data-rotate"))
	if zoom.Value != "2.00" || rotate.Value != "90" {
		t.Errorf("after Z and ]: zoom %q rotate %q, want 2.00 and 90", zoom.Value, rotate.Value)
	}
	screenshot(t, ctx, "viewer-zoomed-1366x768")
	do(t, ctx, "back to fit", chromedp.KeyEvent("["), chromedp.KeyEvent("z"), chromedp.KeyEvent("z"))
}
