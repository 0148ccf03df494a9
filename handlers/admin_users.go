package handlers

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

var roleOptions = []views.Option{
	{Value: string(review.RoleReviewer), ZH: "审核员", EN: "Reviewer"},
	{Value: string(review.RoleSupervisor), ZH: "主管", EN: "Supervisor"},
	{Value: string(review.RoleAdmin), ZH: "管理员", EN: "Admin"},
}

func (a *auditServer) adminHome(c echo.Context) error {
	return a.renderAdmin(c, http.StatusOK, adminFlash(c), views.Message{})
}

func (a *auditServer) renderAdmin(c echo.Context, status int, flash, msg views.Message) error {
	users, err := a.sup.Users(c.Request().Context())
	if err != nil {
		return err
	}
	p := views.Admin{Page: a.page(c, "管理 Admin", "admin"), Roles: roleOptions, Flash: flash, Error: msg}
	for _, u := range users {
		p.Users = append(p.Users, userRow(langOf(c), u))
	}
	return render(c, status, views.AdminPage(p))
}

func userRow(lang string, u review.User) views.UserRow {
	return views.UserRow{ID: u.ID, Name: u.Username, Role: string(u.Role), Active: u.Active,
		Created: views.FormatTime(lang, u.CreatedAt)}
}

// adminFlash turns the ?done= of a redirect into a message.
func adminFlash(c echo.Context) views.Message {
	switch c.QueryParam("done") {
	case "created":
		return views.Message{ZH: "用户已创建。", EN: "User created."}
	case "role":
		return views.Message{ZH: "角色已修改。", EN: "Role changed."}
	case "active":
		return views.Message{ZH: "账户状态已修改。", EN: "Account state changed."}
	case "password":
		return views.Message{ZH: "密码已重置。", EN: "Password reset."}
	}
	return views.Message{}
}

func (a *auditServer) createUser(c echo.Context) error {
	u, _ := currentUser(c)
	_, err := a.sup.AddUser(c.Request().Context(), c.FormValue("username"), c.FormValue("password"),
		review.Role(c.FormValue("role")), u)
	if err != nil {
		return a.adminError(c, err, func(status int, msg views.Message) error {
			return a.renderAdmin(c, status, views.Message{}, msg)
		})
	}
	return c.Redirect(http.StatusSeeOther, "/admin?done=created")
}

// adminError shows a user error on the form's page; others go to the
// error handler.
func (a *auditServer) adminError(c echo.Context, err error, show func(int, views.Message) error) error {
	status := statusOf(err)
	if _, ok := review.AsError(err); !ok || status >= 500 || status == http.StatusNotFound {
		return err
	}
	return show(status, userMessage(err, status))
}

func userID(c echo.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("uid"), 10, 64)
	if err != nil || id <= 0 {
		return 0, review.ErrNotFound
	}
	return id, nil
}

func (a *auditServer) userPage(c echo.Context) error {
	return a.renderUser(c, http.StatusOK, adminFlash(c), views.Message{})
}

func (a *auditServer) renderUser(c echo.Context, status int, flash, msg views.Message) error {
	id, err := userID(c)
	if err != nil {
		return err
	}
	u, err := a.reviews.UserByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	me, _ := currentUser(c)
	p := views.UserPage{Page: a.page(c, "用户 "+u.Username, "admin"), User: userRow(langOf(c), u), Roles: roleOptions,
		Self: me.ID == u.ID, Flash: flash, Error: msg}
	return render(c, status, views.UserSettingsPage(p))
}

// changeUser runs one change on the user in the path, then shows the
// user page again with the outcome.
func (a *auditServer) changeUser(c echo.Context, done string, change func(id int64, by review.User) error) error {
	id, err := userID(c)
	if err != nil {
		return err
	}
	me, _ := currentUser(c)
	if err := change(id, me); err != nil {
		return a.adminError(c, err, func(status int, msg views.Message) error {
			return a.renderUser(c, status, views.Message{}, msg)
		})
	}
	a.log.Info("user changed", "user_id", id, "by", me.ID, "change", done)
	return c.Redirect(http.StatusSeeOther, "/admin/users/"+strconv.FormatInt(id, 10)+"?done="+done)
}

func (a *auditServer) setRole(c echo.Context) error {
	return a.changeUser(c, "role", func(id int64, by review.User) error {
		return a.sup.SetRole(c.Request().Context(), id, review.Role(c.FormValue("role")), by)
	})
}

func (a *auditServer) setActive(c echo.Context) error {
	return a.changeUser(c, "active", func(id int64, by review.User) error {
		return a.sup.SetActive(c.Request().Context(), id, c.FormValue("active") == "1", by)
	})
}

func (a *auditServer) resetPassword(c echo.Context) error {
	return a.changeUser(c, "password", func(id int64, by review.User) error {
		return a.sup.ResetPassword(c.Request().Context(), id, c.FormValue("password"), by)
	})
}
