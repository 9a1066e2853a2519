-- Whether ${year}'s report prints what its latest vintage (number ${latest}, the newest on disk) printed: the warehouse
-- was built knowing that vintage, no figure or status differs from it (report_revision) and every flag is the same.
-- Then publishing the year again (a later year's load rewrites its trend tables) records no new vintage: the latest
-- one still reproduces every figure.
select ${latest} > 0
   and (select max(vintage) from vintage where year = ${year}) = ${latest}
   and not exists (select 1 from report_revision where year = ${year})
   and not exists (
       (select plan_code, region_code, indicator_code, sex, area, flags
        from report_indicator where year = ${year} and flags is not null
        except
        select plan_code, region_code, indicator_code, sex, area, flags
        from vintage_indicator where year = ${year} and vintage = ${latest} and flags is not null)
       union all
       (select plan_code, region_code, indicator_code, sex, area, flags
        from vintage_indicator where year = ${year} and vintage = ${latest} and flags is not null
        except
        select plan_code, region_code, indicator_code, sex, area, flags
        from report_indicator where year = ${year} and flags is not null))
