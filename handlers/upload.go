package handlers

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

func (s *Server) uploadForm(c echo.Context) error {
	return s.renderUpload(c, http.StatusOK, views.Message{})
}

func (s *Server) renderUpload(c echo.Context, status int, msg views.Message) error {
	p := views.UploadForm{Page: s.page(c, "上传 Upload", "new"), MaxMiB: s.cfg.MaxUpload >> 20, Error: msg}
	return render(c, status, views.UploadPage(p))
}

// upload reads the two photos from a streamed multipart body, so a huge
// file is refused after max+1 bytes instead of being buffered whole.
func (s *Server) upload(c echo.Context) error {
	u, _ := currentUser(c)
	req := c.Request()
	req.Body = http.MaxBytesReader(c.Response(), req.Body, 8*s.cfg.MaxUpload+(1<<20))

	form, err := s.readUpload(c)
	// Read what is left, so the browser gets the answer, not a reset.
	_, _ = io.Copy(io.Discard, req.Body)
	if err != nil {
		return s.uploadError(c, err)
	}

	if _, err := review.CheckPhoto(form.front, s.cfg.MaxUpload, review.FrontLabel); err != nil {
		return s.uploadError(c, err)
	}
	if _, err := review.CheckPhoto(form.back, s.cfg.MaxUpload, review.BackLabel); err != nil {
		return s.uploadError(c, err)
	}

	id, err := s.reviews.Submit(req.Context(), form.front, form.back, u)
	if err != nil {
		return err
	}
	s.log.Info("record uploaded", "record", id, "user_id", u.ID)
	return c.Redirect(http.StatusSeeOther, "/records/"+strconv.FormatInt(id, 10))
}

// uploadError shows the form again with what was wrong; 5xx go to the
// error handler.
func (s *Server) uploadError(c echo.Context, err error) error {
	status := statusOf(err)
	if status >= 500 {
		return err
	}
	s.log.Warn("upload refused", "status", status, "code", review.ErrorCode(err))
	return s.renderUpload(c, status, userMessage(err, status))
}

type uploadForm struct {
	front, back []byte
}

var errNotMultipart = review.Errorf(review.CodeInvalid, "请通过上传表单提交两张照片",
	"Send both photos with the upload form")

func (s *Server) readUpload(c echo.Context) (uploadForm, error) {
	var form uploadForm
	mr, err := c.Request().MultipartReader()
	if err != nil {
		return form, errNotMultipart
	}

	csrfOK := false
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return form, tooLargeOr(err, errNotMultipart)
		}
		if err := s.readPart(c, part, &form, &csrfOK); err != nil {
			return form, err
		}
	}
	if !csrfOK {
		return form, errCSRF
	}
	return form, nil
}

// readPart takes one part; the _csrf field must come before the files,
// as browsers send fields in the form's order.
func (s *Server) readPart(c echo.Context, part *multipart.Part, form *uploadForm, csrfOK *bool) error {
	defer part.Close()

	switch part.FormName() {
	case csrfField:
		tok, err := io.ReadAll(io.LimitReader(part, 256))
		if err != nil {
			return tooLargeOr(err, errNotMultipart)
		}
		*csrfOK = validCSRF(c, string(tok))
		return nil
	case "front", "back":
		if !*csrfOK {
			return errCSRF
		}
		data, err := io.ReadAll(io.LimitReader(part, s.cfg.MaxUpload+1))
		if err != nil {
			return tooLargeOr(err, errNotMultipart)
		}
		if part.FormName() == "front" {
			form.front = data
		} else {
			form.back = data
		}
	}
	return nil
}

func tooLargeOr(err error, other error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return review.Errorf(review.CodeTooLarge, "上传内容过大", fmt.Sprintf("The upload is larger than %d MiB", mbe.Limit>>20))
	}
	return other
}
