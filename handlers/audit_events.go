package handlers

import (
	"fmt"
	"sort"

	"kycreview/review"
	"kycreview/views"
)

var actionLabels = map[string]views.Option{
	"login":               {ZH: "登录", EN: "Signed in"},
	"login_failed":        {ZH: "登录失败", EN: "Failed sign-in"},
	"logout":              {ZH: "退出", EN: "Signed out"},
	"upload":              {ZH: "上传", EN: "Upload"},
	"ocr_attempt":         {ZH: "识别尝试", EN: "OCR attempt"},
	"ocr_done":            {ZH: "识别完成", EN: "OCR done"},
	"ocr_failed":          {ZH: "识别失败", EN: "OCR failed"},
	"ocr_retry":           {ZH: "重新识别", EN: "OCR retried"},
	"swap_photos":         {ZH: "交换照片", EN: "Photos swapped"},
	"correction":          {ZH: "更正", EN: "Correction"},
	"decision":            {ZH: "审核决定", EN: "Decision"},
	"override":            {ZH: "强制通过", EN: "Override"},
	"second_approval":     {ZH: "复核通过", EN: "Second approval"},
	"reopen":              {ZH: "重新打开", EN: "Reopened"},
	"user_created":        {ZH: "创建用户", EN: "User created"},
	"user_role":           {ZH: "修改角色", EN: "Role changed"},
	"user_deactivated":    {ZH: "停用用户", EN: "User deactivated"},
	"user_reactivated":    {ZH: "启用用户", EN: "User reactivated"},
	"user_password_reset": {ZH: "重置密码", EN: "Password reset"},
	"export":              {ZH: "导出", EN: "Export"},
	"photos_purged":       {ZH: "照片已清除", EN: "Photos purged"},
	"purge":               {ZH: "照片保留期清理", EN: "Retention purge"},
}

func eventView(lang string, e review.EventView) views.AuditEvent {
	label, ok := actionLabels[e.Action]
	if !ok {
		label = views.Option{ZH: e.Action, EN: e.Action}
	}
	label.Value = e.Action
	return views.AuditEvent{ID: e.ID, At: views.FormatTime(lang, e.At), Actor: e.Actor, Action: label,
		RecordID: e.RecordID, Lines: detailLines(e)}
}

// detailLines prints an event's detail; a correction reads old → new.
func detailLines(e review.EventView) []string {
	if e.Action == "correction" {
		field := fmt.Sprint(e.Detail["field"])
		if l, ok := fieldLabels[field]; ok {
			field = l.ZH + " " + l.EN
		}
		return []string{fmt.Sprintf("%s: %v → %v", field, e.Detail["old"], e.Detail["new"])}
	}

	keys := make([]string, 0, len(e.Detail))
	for k, v := range e.Detail {
		if v != "" && v != nil {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	lines := make([]string, 0, len(keys))
	for _, k := range keys {
		lines = append(lines, fmt.Sprintf("%s: %v", k, e.Detail[k]))
	}
	return lines
}
