(function(){
"use strict";
var d=document,raw=JSON.parse(d.getElementById("episodes").textContent),
  F=raw.fields,eps=raw.episodes.map(function(r){var o={};F.forEach(function(f,i){o[f]=r[i];});
    o.hay=(o.title+" "+o.author+" "+o.date+" "+o.folder).toLowerCase();o.year=(o.date||"").slice(0,4);return o;}),
  list=d.getElementById("list"),count=d.getElementById("count"),more=d.getElementById("more"),
  q=d.getElementById("q"),yr=d.getElementById("year"),vd=d.getElementById("verdict"),
  hits=eps,shown=0,STEP=100,timer=0;
var years={};eps.forEach(function(e){if(e.year)years[e.year]=1;});
Object.keys(years).sort().reverse().forEach(function(y){var o=d.createElement("option");o.value=o.textContent=y;yr.appendChild(o);});
function el(tag,cls,text){var e=d.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
function dur(s){s=Math.round(s||0);var m=Math.floor(s/60),r=s%60;return m+":"+(r<10?"0":"")+r;}
function link(href,text,label){var a=el("a",null,text);a.href=href;if(label)a.setAttribute("aria-label",label);return a;}
function enc(p){return p.split("/").map(encodeURIComponent).join("/");}
function row(e){
  var li=el("li"),h=el("h2"),dl=el("p","d"),r=el("p","r"),v=e.verdict||"failed";
  if(e.folder&&e.page)h.appendChild(link(enc(e.folder)+"/brief.html",e.title));else h.textContent=e.title;
  var bits=[];if(e.date)bits.push(e.date);if(e.author)bits.push(e.author);if(e.seconds)bits.push(dur(e.seconds));
  dl.textContent=bits.join(" \u00b7 ");
  var b=el("span","badge "+v,v);b.setAttribute("title","verdict");r.appendChild(b);
  r.appendChild(d.createTextNode(" "+e.errors+" error"+(e.errors==1?"":"s")+", "+e.warnings+" warning"+(e.warnings==1?"":"s")+(e.repaired?", "+e.repaired+" repaired":"")));
  if(e.audio){r.appendChild(d.createTextNode(" \u00b7 "));r.appendChild(link(enc(e.folder)+"/"+e.audio,"MP3","MP3: narration of "+e.title));}
  li.appendChild(h);li.appendChild(dl);li.appendChild(r);return li;
}
function render(n){
  var f=d.createDocumentFragment(),end=Math.min(hits.length,shown+n);
  for(;shown<end;shown++)f.appendChild(row(hits[shown]));
  list.appendChild(f);more.hidden=shown>=hits.length;
}
function apply(){
  var t=q.value.trim().toLowerCase().split(/\s+/).filter(Boolean),y=yr.value,v=vd.value;
  hits=eps.filter(function(e){
    if(y&&e.year!==y)return false;
    if(v&&(e.verdict||"failed")!==v)return false;
    for(var i=0;i<t.length;i++)if(e.hay.indexOf(t[i])<0)return false;
    return true;});
  list.textContent="";shown=0;render(STEP);
  count.textContent=hits.length+" of "+eps.length+" episode"+(eps.length==1?"":"s");
}
q.addEventListener("input",function(){clearTimeout(timer);timer=setTimeout(apply,80);});
yr.addEventListener("change",apply);vd.addEventListener("change",apply);
d.getElementById("filters").addEventListener("submit",function(e){e.preventDefault();apply();});
more.addEventListener("click",function(){render(STEP);});
if("IntersectionObserver" in window)new IntersectionObserver(function(es){if(es[0].isIntersecting&&!more.hidden)render(STEP);},{rootMargin:"600px"}).observe(more);
apply();
d.documentElement.setAttribute("data-ready",String(Math.round(performance.now())));
})();
