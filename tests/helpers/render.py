"""The draft every layout test renders and what they share."""

from __future__ import annotations

from ..docxprops import Docx

DRAFT = """+++
unit = "鲁山县人民政府办公室"
type = "department"
year = 2023
title = "鲁山县人民政府办公室关于2023年度法治政府建设情况的报告"
addressee = "鲁山县人民政府"
signature = "鲁山县人民政府办公室"
date = "2024年1月5日"
doc_number = "鲁政办〔2024〕3号"
closing = "特此报告。"
fonts = "gb2312"
+++

2023年，我办深入学习贯彻习近平法治思想。现将有关情况报告如下：

## 一、2023年度推进法治政府建设的主要举措和成效

### （一）坚持党的领导。

成立领导小组，全年召开会议4次。

### （二）规范行政决策

#### 1. 严格合法性审查。

审查文件12件，“三重一大”事项全部上会。

##### （1）法律顾问

法律顾问参与决策8次。

## 二、2023年度推进法治政府建设存在的不足和原因

法治宣传的针对性不强，原因是人员不足。
"""

MM = 1440 / 25.4


def para(x: Docx, starts: str) -> object:
    return next(p for p in x.paragraphs() if x.text(p).startswith(starts))
