package main

// place is a real district with its six-digit administrative code, so the
// invented ID number starts with a plausible region.
type place struct {
	code     string
	province string // as the address prints it, with its suffix
	city     string
	district string
	police   string // the city part of the issuing authority
}

// places is a small hand-picked list; the province names match
// idcard.Provinces() once the suffix is dropped.
var places = []place{
	{"110105", "北京市", "", "朝阳区", "北京市"},
	{"110108", "北京市", "", "海淀区", "北京市"},
	{"310115", "上海市", "", "浦东新区", "上海市"},
	{"120101", "天津市", "", "和平区", "天津市"},
	{"500103", "重庆市", "", "渝中区", "重庆市"},
	{"330106", "浙江省", "杭州市", "西湖区", "杭州市"},
	{"320102", "江苏省", "南京市", "玄武区", "南京市"},
	{"440106", "广东省", "广州市", "天河区", "广州市"},
	{"510107", "四川省", "成都市", "武侯区", "成都市"},
	{"420106", "湖北省", "武汉市", "武昌区", "武汉市"},
	{"370202", "山东省", "青岛市", "市南区", "青岛市"},
	{"610113", "陕西省", "西安市", "雁塔区", "西安市"},
	{"430104", "湖南省", "长沙市", "岳麓区", "长沙市"},
	{"350203", "福建省", "厦门市", "思明区", "厦门市"},
	{"210102", "辽宁省", "沈阳市", "和平区", "沈阳市"},
	{"410105", "河南省", "郑州市", "金水区", "郑州市"},
	{"530102", "云南省", "昆明市", "五华区", "昆明市"},
	{"450103", "广西壮族自治区", "南宁市", "青秀区", "南宁市"},
	{"650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "乌鲁木齐市"},
	{"230103", "黑龙江省", "哈尔滨市", "南岗区", "哈尔滨市"},
}

// streets are common street names found in most Chinese cities.
var streets = []string{
	"人民路", "解放路", "中山路", "建设路", "和平街", "文化路",
	"新华路", "东风路", "长江路", "学院路", "幸福街", "光明路",
}

var surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏方白邹孟熊秦江尹薛段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤")

var givenChars = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红玲芬燕晶欣宇浩然涵梓轩诺雨桐思远嘉怡俊熙文博晨阳佳琪建国志鹏海波春梅")
