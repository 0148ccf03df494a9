package idcard

import "slices"

// nations are the 56 ethnic groups as the card prints them, without 族.
var nations = []string{
	"汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
	"满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
	"佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
	"达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
	"塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
	"独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
}

// Nations returns the 56 names as printed on the card.
func Nations() []string { return slices.Clone(nations) }

// IsNation reports whether s is one of the 56 names exactly as printed.
func IsNation(s string) bool { return slices.Contains(nations, s) }

// provinces are the short names of the 34 provincial divisions, as an
// address begins (the suffix 省, 市 or 自治区 follows).
var provinces = []string{
	"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江",
	"上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
	"湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
	"云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾",
	"香港", "澳门",
}

// Provinces returns the short names of the provincial divisions.
func Provinces() []string { return slices.Clone(provinces) }
