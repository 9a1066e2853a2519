-- Report conventions: the settings this warehouse was built with (application.yml, lianggang.report.* and
-- lianggang.rounding.*) and the macros that apply them, so every report table rounds and words figures alike.
-- The macros use CASE, never if(): a DuckDB 1.x client reads a stored if() as a function it does not have, and
-- report_indicator, a view, calls them.
-- Grain of report_setting: one row per setting. The macros stay in the warehouse for analysts' own queries.

create table report_setting as
select * from (values
    ('rounding_decimals', '${rounding_decimals}', '报表小数位数｜decimals figures are printed with'),
    ('rounding_mode', '${rounding_mode}', '舍入方式｜HALF_UP rounds (84.62), DOWN truncates (84.61)'),
    ('rate_denominator', '${rate_denominator}', '达标率分母｜all indicators, or monitorable ones only'),
    ('basically_met_counts', '${basically_met_counts}', '基本实现计为达标｜whether 基本实现 counts as 达标'),
    ('progress_on_track', '${progress_on_track}', '按期实现阈值｜R at or above which an indicator is on track'),
    ('progress_acceleration_needed', '${progress_acceleration_needed}',
     '需加快进度阈值｜R at or above which acceleration is needed (below: limited progress)'),
    ('change_percent_decimals', '${change_percent_decimals}', '相对变化小数位数｜decimals of a relative change'),
    ('previous_year_wording', '${previous_year_wording}',
     '比上年表述｜上年: 比上年提高… (the seed report); year: the year named, 比2021年提高…'),
    ('evaluation_label_met', '${evaluation_label_met}',
     '评估类别名称｜the name the 中期/终期评估 gives met'),
    ('evaluation_label_basically_met', '${evaluation_label_basically_met}',
     '评估类别名称｜the name the 中期/终期评估 gives basically_met'),
    ('evaluation_label_unmet', '${evaluation_label_unmet}',
     '评估类别名称｜the name the 中期/终期评估 gives unmet'),
    ('evaluation_label_target_achieved', '${evaluation_label_target_achieved}',
     '评估类别名称｜the name the 中期/终期评估 gives target_achieved'),
    ('evaluation_label_on_track', '${evaluation_label_on_track}',
     '评估类别名称｜the name the 中期/终期评估 gives on_track'),
    ('evaluation_label_acceleration_needed', '${evaluation_label_acceleration_needed}',
     '评估类别名称｜the name the 中期/终期评估 gives acceleration_needed'),
    ('evaluation_label_limited_progress', '${evaluation_label_limited_progress}',
     '评估类别名称｜the name the 中期/终期评估 gives limited_progress'),
    ('evaluation_label_deterioration', '${evaluation_label_deterioration}',
     '评估类别名称｜the name the 中期/终期评估 gives deterioration'),
    ('evaluation_label_not_available', '${evaluation_label_not_available}',
     '评估类别名称｜the name the 中期/终期评估 gives not_available'),
    ('evaluation_label_no_data', '${evaluation_label_no_data}',
     '评估类别名称｜the name the 中期/终期评估 gives no_data')
) as s(setting, value, description);

-- A figure scaled to whole units of its d-th decimal, rounded half-up or truncated, in DECIMAL arithmetic so that
-- 84.615 rounds up although the double is 84.6149…, and d need not be a constant.
create macro scaled_half_up(x, d) as sign(x) * floor(abs(x)::decimal(38, 9) * (10 ** d)::decimal(38, 0) + 0.5);

create macro scaled_down(x, d) as trunc(x::decimal(38, 9) * (10 ** d)::decimal(38, 0));

-- A figure as the report prints it (lianggang.rounding.mode: HALF_UP rounds, DOWN truncates).
create macro lg_scaled(x, d) as
    case when '${rounding_mode}' = 'DOWN' then scaled_down(x, d) else scaled_half_up(x, d) end;

create macro lg_round(x, d) as lg_scaled(x, d)::double / (10 ** d);

-- A rounded figure as text without trailing zeros: 0.70 → '0.7', 2.10 → '2.1', 3.00 → '3'; only the zeros after
-- the decimal point go (with 0 decimals 100 stays '100').
create macro lg_text(x, d) as
    regexp_replace(regexp_replace(printf('%.' || d || 'f', lg_round(x, d)), '(\.[0-9]*?)0+$', '\1'), '\.$', '');

-- Why an indicator has no data (indicator_status.no_data_reason), in the words every report prints: report_indicator
-- and the HTML page's list read it here, so that a reason added in 40 is worded in one place.
create macro no_data_reason_label(reason) as
    case reason
        when 'no_source' then '取数困难'
        when 'not_reported' then '未填报'
        when 'no_baseline' then '基期无数据'
    end;

-- The word of a difference in an indicator's own unit: 个百分点 for %, 个千分点 for ‰, 个十万分点 for 1/10万 …
create macro point_word(unit) as
    case unit
        when '%' then '个百分点'
        when '‰' then '个千分点'
        when '1/10万' then '个十万分点'
        when '1/万' then '个万分点'
        else coalesce(unit, '')
    end;

-- How a value stands against its target, worded: 距目标差5.61个百分点, 优于目标3.38个百分点, 达到目标值 (gap: what the
-- value still lacks, positive, or exceeds the target by, negative, in the indicator's unit).
create macro gap_phrase(gap, unit) as
    case
        when gap is null then null
        when lg_round(gap, ${rounding_decimals}) = 0 then '达到目标值'
        when gap < 0 then '优于目标' || lg_text(-gap, ${rounding_decimals}) || point_word(unit)
        else '距目标差' || lg_text(gap, ${rounding_decimals}) || point_word(unit)
    end;

-- How a change is worded (domain/README §0.5): a rate in its points (比上年提高0.88个百分点), otherwise, or when the
-- catalog says so, relative (比上年降低6.6%, 比2010年增长39.5%). since_text: '上年' or '2010年'.
create macro change_phrase(since_text, diff, pct, style, unit) as
    case
        when diff is null then null
        when style = 'points' and lg_round(diff, ${rounding_decimals}) = 0 then '与' || since_text || '持平'
        when style = 'points' then '比' || since_text || case when diff > 0 then '提高' else '下降' end
            || lg_text(abs(diff), ${rounding_decimals}) || point_word(unit)
        when pct is null then null
        when lg_round(pct, ${change_percent_decimals}) = 0 then '与' || since_text || '持平'
        else '比' || since_text || case when pct > 0 then '增长' else '降低' end
            || printf('%.' || ${change_percent_decimals} || 'f', lg_round(abs(pct), ${change_percent_decimals})) || '%'
    end;

-- How the previous year of a report year is named in a change (lianggang.report.previous-year-wording): 上年, or the
-- year itself (2022 → '2021年').
create macro previous_year_text(year) as
    case when '${previous_year_wording}' = 'year' then (year - 1) || '年' else '上年' end;

-- Relative change in percent; undefined from zero.
create macro pct_change(value, base) as case when base = 0 then null else 100.0 * (value - base) / abs(base) end;

-- Whether a figure printed with d decimals is value rounded half-up or truncated: both conventions are in use,
-- so either one is correct printing (37/49 = 75.51…: 75.51 is right, 77.51 is not).
create macro printed_as(printed, value, d) as
    round(printed * (10 ** d)) in (scaled_half_up(value, d), scaled_down(value, d));
