package handlers

import (
	"context"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

// Claims is what the claim-and-next flow needs of the review service.
type Claims interface {
	ClaimNext(ctx context.Context, by review.User) (int64, error)
	ClaimOf(ctx context.Context, id int64) (review.Claim, bool, error)
	LiveClaims(ctx context.Context, ids []int64) (map[int64]review.Claim, error)
	TouchClaim(ctx context.Context, id int64, by review.User) error
	ReleaseClaim(ctx context.Context, id int64, by review.User) error
	CheckClaim(ctx context.Context, id int64, by review.User) error
}

// startReview claims the next record for the reviewer and opens it.
func (s *Server) startReview(c echo.Context) error {
	u, _ := currentUser(c)
	id, err := s.reviews.ClaimNext(c.Request().Context(), u)
	if review.ErrorCode(err) == review.CodeNotFound {
		return c.Redirect(http.StatusSeeOther, "/records?empty=1")
	}
	if err != nil {
		return err
	}
	s.log.Info("record claimed", "record", id, "user_id", u.ID)
	return c.Redirect(http.StatusSeeOther, "/records/"+strconv.FormatInt(id, 10))
}

// releaseClaim gives the record back to the queue.
func (s *Server) releaseClaim(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	if err := s.reviews.ReleaseClaim(c.Request().Context(), id, u); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/records")
}

// afterDecision opens the reviewer's next record when they came from the
// claim flow, else shows the decided record again.
func (s *Server) afterDecision(c echo.Context, id int64, u review.User) error {
	if c.FormValue("next") != "1" {
		return s.backToRecord(c, id, "")
	}
	next, err := s.reviews.ClaimNext(c.Request().Context(), u)
	if review.ErrorCode(err) == review.CodeNotFound {
		return c.Redirect(http.StatusSeeOther, "/records?empty=1")
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/records/"+strconv.FormatInt(next, 10))
}

// claimView says who holds the record, from the reader's side.
func (s *Server) claimView(c echo.Context, id int64) views.Claim {
	cl, live, err := s.reviews.ClaimOf(c.Request().Context(), id)
	if err != nil {
		s.log.Warn("load claim", "record", id, "err", err)
		return views.Claim{}
	}
	if !live {
		return views.Claim{}
	}
	u, _ := currentUser(c)
	return views.Claim{Holder: cl.Holder.Username, Mine: cl.Holder.ID == u.ID,
		Until: views.FormatClock(cl.Expires())}
}

// queueClaims fills the queue rows' claim column.
func (s *Server) queueClaims(c echo.Context, rows []views.QueueRow) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	live, err := s.reviews.LiveClaims(c.Request().Context(), ids)
	if err != nil {
		s.log.Warn("load claims", "err", err)
		return
	}
	u, _ := currentUser(c)
	for i := range rows {
		if cl, ok := live[rows[i].ID]; ok && rows[i].Status == string(review.StatusPending) {
			rows[i].Claim = views.Claim{Holder: cl.Holder.Username, Mine: cl.Holder.ID == u.ID,
				Until: views.FormatClock(cl.Expires())}
		}
	}
}
