/// Characters that tell Simplified from Traditional Chinese, and the most common Hanzi.
///
/// Each pair is a simplified character and its traditional counterpart, chosen so that neither
/// appears in ordinary text of the other script (pairs like 后/後, 干/乾, 台/臺, 范/範 are left
/// out because the first is also a traditional character). Counting both sides over a text
/// tells the scripts apart even in short headlines, since most common words contain one.
enum ChineseScript {
    /// Simplified–traditional pairs, two characters per entry, entries apart by white space.
    static let pairs = """
    这這 们們 说說 国國 会會 时時 为為 对對 过過 还還 进進 动動 种種 实實 现現 学學 发發 经經 关關 开開
    问問 长長 门門 间間 见見 东東 车車 马馬 鸟鳥 鱼魚 龙龍 贝貝 页頁 风風 飞飛 书書 买買 卖賣 读讀 语語
    话話 请請 让讓 谁誰 认認 识識 议議 记記 论論 设設 许許 证證 评評 译譯 试試 该該 详詳 谈談 调調 谢謝
    讲講 业業 丝絲 两兩 严嚴 丧喪 个個 临臨 丽麗 举舉 义義 乌烏 乐樂 乔喬 习習 乡鄉 乱亂 争爭 亏虧 亚亞
    产產 亩畝 亲親 亿億 仅僅 从從 仑侖 仓倉 仪儀 价價 众眾 优優 传傳 伤傷 伦倫 伪偽 侠俠 侣侶 侦偵 侧側
    侨僑 俭儉 债債 倾傾 偿償 储儲 儿兒 兑兌 兰蘭 兴興 养養 兽獸 册冊 写寫 军軍 农農 冯馮 冻凍 净淨 凉涼
    减減 凤鳳 凭憑 击擊 刘劉 则則 刚剛 创創 删刪 别別 剂劑 剑劍 剧劇 劝勸 办辦 务務 励勵 劲勁 劳勞 势勢
    勋勳 区區 医醫 华華 协協 单單 卢盧 卫衛 却卻 厂廠 厅廳 历歷 压壓 厌厭 县縣 参參 双雙 变變 叙敘 叠疊
    号號 叹嘆 吓嚇 吕呂 吗嗎 吨噸 听聽 启啟 员員 呜嗚 响響 哑啞 哗嘩 唤喚 团團 园園 围圍 图圖 圆圓 圣聖
    场場 坏壞 块塊 坚堅 坛壇 坝壩 坟墳 坠墜 垄壟 垒壘 垦墾 执執 报報 壮壯 声聲 壳殼 处處 备備 复復 头頭
    夹夾 夺奪 奋奮 奖獎 妆妝 妇婦 妈媽 娱娛 婴嬰 孙孫 宁寧 宝寶 宠寵 审審 宪憲 宫宮 宽寬 宾賓 寝寢 寻尋
    导導 寿壽 将將 尔爾 尘塵 尝嘗 层層 属屬 岁歲 岂豈 岗崗 岛島 岭嶺 峡峽 币幣 师師 帐帳 带帶 帮幫 广廣
    庄莊 庆慶 库庫 应應 庙廟 废廢 弃棄 张張 弥彌 弯彎 弹彈 强強 归歸 当當 录錄 彻徹 径徑 忆憶 忧憂 怀懷
    态態 怜憐 总總 恋戀 恶惡 恳懇 悬懸 惊驚 惧懼 惨慘 惯慣 愤憤 愿願 戏戲 战戰 户戶 扑撲 扩擴 扫掃 扬揚
    扰擾 抚撫 抛拋 抢搶 护護 担擔 拟擬 拥擁 拦攔 择擇 挂掛 挤擠 挥揮 损損 换換 掷擲 揽攬 搅攪 携攜 摄攝
    摆擺 摇搖 敌敵 数數 斋齋 断斷 无無 旧舊 旷曠 昼晝 显顯 晋晉 晓曉 晕暈 暂暫 机機 杀殺 杂雜 权權 条條
    来來 杨楊 极極 构構 枪槍 柜櫃 标標 栋棟 树樹 样樣 档檔 桥橋 梦夢 检檢 楼樓 欢歡 欧歐 歼殲 毕畢 毙斃
    气氣 汇匯 汉漢 汤湯 沟溝 没沒 沪滬 泪淚 泽澤 洁潔 浅淺 测測 济濟 浑渾 涛濤 涨漲 渐漸 温溫 湾灣 湿濕
    满滿 滚滾 滞滯 灭滅 灵靈 灾災 炉爐 点點 炼煉 烂爛 烟煙 热熱 焕煥 爱愛 爷爺 牵牽 犹猶 狱獄 独獨 猎獵
    献獻 环環 琐瑣 电電 画畫 畅暢 疗療 疯瘋 痒癢 盐鹽 监監 盖蓋 盘盤 睁睜 矿礦 码碼 砖磚 础礎 确確 礼禮
    祸禍 离離 积積 称稱 稳穩 穷窮 窃竊 竞競 笔筆 笼籠 筑築 签簽 简簡 类類 粮糧 紧緊 纠糾 红紅 约約 级級
    纪紀 纯純 纳納 纸紙 纷紛 线線 练練 组組 细細 终終 织織 绍紹 结結 绕繞 绘繪 给給 络絡 绝絕 统統 继繼
    绩績 续續 维維 综綜 绿綠 缓緩 编編 缘緣 缩縮 网網 罗羅 罚罰 职職 联聯 聪聰 肃肅 肠腸 肤膚 肾腎 肿腫
    胁脅 胜勝 脏髒 脑腦 脚腳 舰艦 艺藝 节節 苏蘇 苹蘋 荣榮 药藥 获獲 莹瑩 营營 萝蘿 蓝藍 虑慮 虚虛 虫蟲
    虽雖 蚀蝕 补補 袭襲 装裝 观觀 规規 视視 览覽 觉覺 誉譽 计計 订訂 讨討 训訓 访訪 诈詐 诉訴 词詞 诗詩
    诚誠 误誤 课課 谋謀 谣謠 谱譜 负負 贡貢 财財 责責 贤賢 败敗 货貨 质質 贩販 贪貪 贫貧 购購 贯貫 贴貼
    贵貴 贷貸 费費 贺賀 资資 赋賦 赌賭 赏賞 赔賠 赖賴 赚賺 赛賽 赞贊 赠贈 赵趙 趋趨 跃躍 践踐 踪蹤 轨軌
    转轉 轮輪 软軟 轻輕 载載 较較 辅輔 辆輛 辈輩 辉輝 输輸 辑輯 辞辭 边邊 辽遼 达達 迁遷 运運 远遠 违違
    连連 迟遲 适適 选選 逊遜 递遞 逻邏 遗遺 邮郵 邻鄰 郑鄭 酱醬 释釋 针針 钓釣 钟鐘 钢鋼 钱錢 铁鐵 铜銅
    银銀 铺鋪 链鏈 销銷 锁鎖 错錯 键鍵 镇鎮 镜鏡 闪閃 闭閉 闯闖 闲閒 闷悶 闹鬧 闻聞 阀閥 阅閱 队隊 阳陽
    阴陰 阵陣 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 雾霧 静靜 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領
    频頻 题題 颜顏 额額 饭飯 饮飲 饰飾 饱飽 饼餅 馆館 驱驅 驶駛 验驗 骂罵 骗騙 骑騎 鸡雞 鸭鴨 麦麥 黄黃
    齐齊 齿齒 龄齡 龟龜 拨撥 摊攤 樱櫻 蚂螞 厉厲 讯訊 诺諾 谓謂 谨謹 赶趕 锦錦 闸閘 陕陝 韩韓 颁頒 颗顆
    厨廚 厢廂 庐廬 凯凱 凄淒 恼惱 挡擋 挣掙 捞撈 捡撿 搂摟 撑撐 枣棗 栏欄 桨槳 殴毆 毁毀 汹洶 沦淪 泻瀉
    泼潑 浇澆 浊濁 浏瀏 渔漁 滤濾 滥濫 潜潛 澜瀾 灯燈 灿燦 烛燭 烦煩 烧燒 烫燙 狮獅 狭狹 猪豬 猫貓 琼瓊
    痴癡 瘫癱 盏盞 矫矯 硕碩 碍礙 祷禱 禅禪 秃禿 税稅 窝窩 竖豎 笋筍 筛篩 筹籌 篮籃 粤粵 纤纖 纬緯 纵縱
    纹紋 纺紡 绑綁 绒絨 绞絞 绣繡 绳繩 绸綢 缆纜 缝縫 缴繳 罢罷 羡羨 翘翹 耸聳 耻恥 聂聶 胆膽 脉脈 腊臘
    舆輿 舱艙 艰艱 芦蘆 苍蒼 荐薦 荡蕩 莲蓮 萤螢 蕴蘊 蝇蠅 蜡蠟 衬襯 袜襪 裤褲 觅覓 触觸 谊誼 谍諜 谎謊
    谐諧 谦謙 谬謬 贞貞 贬貶 贱賤 赃贓 赎贖 赐賜 轰轟 轿轎 辖轄 辩辯 迈邁 迹跡 酿釀 钥鑰 钦欽 钩鉤 铃鈴
    铅鉛 铝鋁 铭銘 铸鑄 锅鍋 锋鋒 锐銳 锡錫 锤錘 锻鍛 镶鑲 阁閣 阐闡 陨隕 隶隸 韦韋 韵韻 顷頃 颂頌 颇頗
    颈頸 颠顛 颤顫 飘飄 饥飢 饲飼 饶饒 馈饋 驳駁 驴驢 驻駐 驼駝 骄驕 骤驟 鲁魯 鲜鮮 鲸鯨 鸣鳴 鸽鴿 鹅鵝
    鹤鶴 鹰鷹 与與 专專 丢丟 伞傘 伟偉 俩倆 叶葉 吴吳 咏詠 喷噴 嘱囑 垫墊 墙牆 壶壺 娇嬌 届屆 帅帥 帘簾
    帜幟 惩懲 惭慚 懒懶 拢攏 拣揀 挚摯 挟挾 挠撓 捣搗 搀攙 搁擱 撵攆 攒攢 敛斂 斩斬 晒曬 枫楓 栅柵 栈棧
    桩樁 椭橢 槛檻 横橫 橱櫥 残殘 殡殯 氢氫 沥瀝 沧滄 泸瀘 洼窪 浆漿 浓濃 涝澇 涟漣 涤滌 润潤 涩澀 渊淵
    渍漬 渗滲 溃潰 溅濺 滨濱 滩灘 潇瀟 濒瀕 炖燉 炽熾 烁爍 烬燼 牺犧 状狀 狞獰 猕獼 玛瑪 玺璽 瑶瑤 畴疇
    皱皺 盗盜 睑瞼 瞒瞞 瞩矚 矶磯 砚硯 砾礫 祯禎 禀稟 禄祿 秆稈 窑窯 窜竄 窥窺 笃篤 笺箋 筝箏 箩籮 箫簫
    篓簍 篱籬 籁籟 粪糞 纱紗 纲綱 纶綸 纽紐 绅紳 绎繹 绪緒 绫綾 绮綺 绯緋 绰綽 绵綿 绷繃 绽綻 缀綴 缄緘
    缅緬 缉緝 缎緞 缔締 缕縷 缠纏 缤繽 缨纓 缭繚 缮繕 羁羈 聋聾 胀脹 胶膠 脐臍 脓膿 脱脫 脸臉 腾騰 艳豔
    芜蕪 苇葦 茎莖 荚莢 荞蕎 荟薈 荤葷 荧熒 荫蔭 莱萊 萦縈 萧蕭 萨薩 葱蔥 蒋蔣 蓟薊 蔼藹 藓蘚 虏虜 虾蝦
    蚁蟻 蚕蠶 蛮蠻 蜗蝸 蝉蟬 衔銜 袅裊 讥譏 讳諱 讶訝 讼訟 讽諷 诀訣 诊診 诛誅 诞誕 诠詮 诡詭 询詢 诧詫
    诫誡 诬誣 诱誘 诲誨 诵誦 诸諸 诽誹 谅諒 谒謁 谕諭 谗讒 谚諺 谛諦 谜謎 谤謗 谧謐 谭譚 谴譴 账賬 贰貳
    贸貿 贼賊 贾賈 贿賄 赁賃 赈賑 赊賒 赡贍 赢贏 赣贛 躯軀 轧軋 轩軒 轴軸 辐輻 辕轅 辗輾 辙轍 辫辮 迩邇
    遥遙 邓鄧 邹鄒 郸鄲 鉴鑒 钉釘 钙鈣 钝鈍 钞鈔 钧鈞 钻鑽 铀鈾 铲鏟 锄鋤 锈鏽 锚錨 锣鑼 锥錐 锯鋸 镀鍍
    闰閏 闽閩 阎閻 阔闊 陇隴 霁霽 霭靄 韧韌 顽頑 颊頰 颓頹 颖穎 飒颯 饯餞 饵餌 饺餃 饿餓 馅餡 馋饞 馒饅
    驯馴 驰馳 驾駕 驿驛 骆駱 骇駭 骏駿 骡騾 鬓鬢 鸥鷗 鸿鴻 鹏鵬 鹊鵲 鹦鸚 鹭鷺 龚龔 龛龕 蔺藺 邝鄺 怂慫
    """

    /// The first (Simplified) or second (Traditional) character of each pair whose two differ.
    /// Read scalar by scalar: every process that sniffs or detects Chinese builds these.
    static let simplifiedOnly = side(0)
    static let traditionalOnly = side(1)

    private static func side(_ position: Int) -> Set<Unicode.Scalar> {
        var result = Set<Unicode.Scalar>(minimumCapacity: 1024)
        var entry: [Unicode.Scalar] = []
        func close() {
            if entry.count == 2, entry[0] != entry[1] { result.insert(entry[position]) }
            entry.removeAll(keepingCapacity: true)
        }
        for scalar in pairs.unicodeScalars {
            if scalar.properties.isWhitespace { close() } else { entry.append(scalar) }
        }
        close()
        return result
    }

    /// Very frequent characters common to both scripts (and to Japanese kanji text).
    static let commonShared: Set<Unicode.Scalar> = Set("""
    的一是不了在人有我他中大上以到地要就出也得里和自之年那能下子你生而可多方作用于同所然去家成行者
    事都本面如后好小心主政当其知些理新前外没最因美此又日文只第工力已法手定西被高正等提今其意明天三
    二十百千万日月年已再把向并与及或但如果因为所以这那什么怎么谁哪几个各每全部很更最太也都还又才
    """.unicodeScalars.filter { !$0.properties.isWhitespace })

    /// How Chinese a text reads: common characters count, rare ones (wrong-encoding noise) do not.
    static func commonCharacterScore(_ text: String) -> Int {
        var score = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x2E80 {
            if commonShared.contains(scalar) || simplifiedOnly.contains(scalar) || traditionalOnly.contains(scalar) { score += 2 }
            else if ScriptClass.isWideNonSpacing(scalar), scalar.value < 0x4E00 { score += 1 }
            else if scalar.value >= 0xE000 && scalar.value <= 0xF8FF { score -= 4 }
        }
        return score
    }
}
