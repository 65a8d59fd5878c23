(function(){
"use strict";
var d=document,lit=[],from=null;
function light(k,focus){
  lit.forEach(function(e){e.classList.remove("hl");});
  lit=Array.prototype.slice.call(d.querySelectorAll('.ev[data-s~="'+k+'"]'));
  lit.forEach(function(e){e.classList.add("hl");});
  var t=d.getElementById("s-"+k);
  if(t&&lit.length){lit[0].setAttribute("tabindex","-1");lit[0].scrollIntoView({block:"center"});if(focus)lit[0].focus({preventScroll:true});}
}
var a=d.getElementById("player"),cues=[],box=d.getElementById("cues"),cur=-1;
d.addEventListener("click",function(e){
  var l=e.target.closest("a[data-span]");
  if(l){e.preventDefault();from=l;light(l.getAttribute("data-span"),true);
    if(history.replaceState)history.replaceState(null,"","#s-"+l.getAttribute("data-span"));return;}
  var c=e.target.closest("button[data-t]");
  if(c&&a){a.currentTime=parseFloat(c.getAttribute("data-t"));show(a.currentTime);}
});
// Escape from the source goes back to the link that led there.
d.addEventListener("keydown",function(e){
  if(e.key==="Escape"&&from&&d.activeElement&&d.activeElement.closest("#source")){from.focus();from=null;}
});
if(/^#s-\d+$/.test(location.hash))light(location.hash.slice(3),false);
if(!a||!box)return;
cues=Array.prototype.slice.call(box.querySelectorAll("button[data-t]")).map(function(b){
  return {b:b,s:parseFloat(b.getAttribute("data-t")),e:parseFloat(b.getAttribute("data-e"))};});
// One tab stop for the transcript (the current cue); arrows move in it.
function rove(i){cues.forEach(function(c,j){c.b.tabIndex=j===i?0:-1;});}
rove(0);
box.addEventListener("keydown",function(e){
  var i=cues.map(function(c){return c.b;}).indexOf(d.activeElement),j=i;
  if(i<0)return;
  if(e.key==="ArrowDown")j=Math.min(cues.length-1,i+1);
  else if(e.key==="ArrowUp")j=Math.max(0,i-1);
  else if(e.key==="Home")j=0;
  else if(e.key==="End")j=cues.length-1;
  else return;
  e.preventDefault();rove(j);cues[j].b.focus();
});
function find(t){
  var lo=0,hi=cues.length-1,m,r=-1;
  while(lo<=hi){m=(lo+hi)>>1;if(cues[m].s<=t){r=m;lo=m+1;}else hi=m-1;}
  return r>=0&&t<cues[r].e?r:-1;
}
function show(t){
  var i=find(t);
  if(i===cur)return;
  if(cur>=0)cues[cur].b.removeAttribute("aria-current");
  cur=i;
  if(i<0)return;
  var b=cues[i].b;b.setAttribute("aria-current","true");
  if(!box.contains(d.activeElement))rove(i);
  var top=b.offsetTop-box.offsetTop;
  if(top<box.scrollTop||top+b.offsetHeight>box.scrollTop+box.clientHeight)box.scrollTop=top-box.clientHeight/3;
}
["timeupdate","seeked","seeking"].forEach(function(n){a.addEventListener(n,function(){show(a.currentTime);});});
})();
