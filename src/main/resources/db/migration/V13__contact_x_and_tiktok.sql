-- A scout's contact of a person can hold the person's X (Twitter) and TikTok profiles, as it holds Instagram.
alter table contact add column x_url varchar(500);
alter table contact add column tiktok_url varchar(500);
